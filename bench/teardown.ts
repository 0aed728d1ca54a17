/** What a benchmark run started, stopped in reverse order at the end whatever happens. */
export class Teardown {
  private readonly stops: Array<() => Promise<unknown>> = [];

  defer(stop: () => Promise<unknown>): void {
    this.stops.push(stop);
  }

  async stopAll(): Promise<void> {
    for (const stop of this.stops.splice(0).reverse()) await stop().catch(() => {});
  }
}
