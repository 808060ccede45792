import { Component, type ReactNode } from 'react'

interface Props {
  fallback: (reset: () => void) => ReactNode
  children: ReactNode
}

/** One broken part (a window, a panel) must never blank the whole app. */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false }

  static getDerivedStateFromError() {
    return { failed: true }
  }

  componentDidCatch(error: unknown) {
    console.error('[ui] a part of the app crashed', error)
  }

  reset = () => this.setState({ failed: false })

  render() {
    return this.state.failed ? this.props.fallback(this.reset) : this.props.children
  }
}
