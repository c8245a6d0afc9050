import { Component, ReactNode } from "react";
import { problemOf } from "../use-task";
import { ProblemBar } from "./ProblemBar";

/** A step that fails to render shows the problem instead of leaving the pane blank. */
export class Boundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state = { error: null as unknown };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    return <ProblemBar problem={problemOf(this.state.error)} onDismiss={() => this.setState({ error: null })} />;
  }
}
