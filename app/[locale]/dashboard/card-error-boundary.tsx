'use client';

import { Component, type ReactNode } from 'react';

// One card failing to load says so in its place; the rest of the dashboard still works.
export class CardErrorBoundary extends Component<{ message: string; children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <p role="alert" className="rounded-xl border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900">
        {this.props.message}
      </p>
    );
  }
}
