/// <reference types="office-js" />
/**
 * The manifest's FunctionFile. Every ribbon button is a ShowTaskpane action, so there is no
 * ExecuteFunction handler to associate; Office still loads this page and waits for onReady.
 */
Office.onReady();
