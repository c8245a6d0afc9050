/**
 * Builds the Office add-in (task pane + function file) into dist/, following the Yo Office
 * template's conventions. See "Build and manifest" in docs/architecture.md.
 *
 *   webpack --mode production    CDN office.js, production URL in dist/manifest*.xml
 *   webpack --mode development   local office.js, https://localhost:3000/ kept
 *   OFFICE_JS=local|cdn          overrides where office.js comes from, in either mode
 *                                (an environment variable, or --env OFFICE_JS=local, which works on any OS)
 */
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const MiniCssExtractPlugin = require("mini-css-extract-plugin");
const { GriffelCSSExtractionPlugin } = require("@griffel/webpack-extraction-plugin");

const urlDev = "https://localhost:3000/";
/** Where the production build is hosted; every urlDev in manifest*.xml is replaced by it. */
const urlProd = "https://tonghop.example.vn/";

const officeJsCdn = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** The local copy keeps dist/office-js/ self-contained: office.js loads its host scripts and
 * localized strings from the folder it was loaded from. */
const officeJsLocalDir = "office-js";

function officeJsSource(dev, env) {
  const choice = env.OFFICE_JS || process.env.OFFICE_JS || (dev ? "local" : "cdn");
  if (choice !== "local" && choice !== "cdn") throw new Error(`OFFICE_JS must be "local" or "cdn", not "${choice}"`);
  return choice;
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const officeJs = officeJsSource(dev, env);
  const officeJsUrl = officeJs === "cdn" ? officeJsCdn : `${officeJsLocalDir}/office.js`;

  const copyPatterns = [
    { from: "assets/*", to: "assets/[name][ext]" },
    { from: "src/help/help.html", to: "help.html" },
    {
      from: "manifest*.xml",
      to: "[name][ext]",
      transform(content) {
        return dev ? content : content.toString().replaceAll(urlDev, urlProd);
      },
    },
  ];
  if (officeJs === "local") {
    copyPatterns.push({
      from: "**/*.js",
      context: path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist"),
      to: `${officeJsLocalDir}/`,
      // Already minified by Microsoft; re-minifying 16 MB of it would take minutes.
      info: { minimized: true },
      globOptions: {
        ignore: ["**/*.debug.js", "**/*vsdoc*", "**/outlook*", "**/onenote*", "**/powerpoint*", "**/project*", "**/access*", "**/webauth/**", "**/agaveerrorux/**", "**/custom-functions-runtime*"],
      },
    });
  }

  const config = {
    devtool: "source-map",
    target: ["web", "es2020"],
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      alias: {
        // ExcelJS's prebuilt browser bundle: self-contained, so no Node core polyfills are needed.
        // The "bare" variant leaves out the core-js polyfills that Office's evergreen webviews don't need.
        exceljs$: require.resolve("exceljs/dist/exceljs.bare.min.js"),
      },
    },
    module: {
      noParse: /[\\/]exceljs[\\/]dist[\\/]/,
      // Loaders run last rule first: TypeScript, then our makeStyles() precompiled, then all Griffel
      // styles (Fluent's ship precompiled) moved out of the JavaScript into one static stylesheet.
      rules: [
        {
          test: /\.(js|tsx?)$/,
          include: [path.resolve(__dirname, "src"), /[\\/]node_modules[\\/]@fluentui[\\/]/],
          use: { loader: GriffelCSSExtractionPlugin.loader },
        },
        {
          test: /\.tsx?$/,
          include: path.resolve(__dirname, "src"),
          use: { loader: "@griffel/webpack-loader" },
        },
        {
          test: /\.css$/,
          use: [MiniCssExtractPlugin.loader, "css-loader"],
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // tsconfig.json targets Node (CommonJS) for the CLI and Jest; the browser bundle needs ES
            // modules so that webpack can tree-shake and split dynamic import()s into chunks.
            options: { transpileOnly: true, compilerOptions: { module: "esnext", target: "es2020", sourceMap: true } },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: { officeJsUrl },
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        templateParameters: { officeJsUrl },
      }),
      new CopyWebpackPlugin({ patterns: copyPatterns }),
      new MiniCssExtractPlugin({ filename: dev ? "[name].css" : "[name].[contenthash:8].css", ignoreOrder: true }),
      new GriffelCSSExtractionPlugin(),
    ],
    // Path-derived chunk names ("vendors-node_modules_exceljs_…") make dist/ and size reports readable.
    optimization: { chunkIds: "named" },
    performance: {
      // Budget for the pane's startup JS only; lazy chunks (ExcelJS, docx) and office.js are exempt.
      hints: dev ? false : "warning",
      maxEntrypointSize: 640 * 1024,
      maxAssetSize: 640 * 1024,
      assetFilter: (file) => /^(taskpane|commands)\.[^/]*js$/.test(file),
    },
  };

  if (env.WEBPACK_SERVE) {
    const devCerts = require("office-addin-dev-certs");
    config.devServer = {
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: await devCerts.getHttpsServerOptions() },
    };
  }
  return config;
};
