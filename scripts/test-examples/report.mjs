// What test:examples checked, step by step: each passes, fails (with why) or is not run (because an earlier step it
// needs failed). The summary at the end is what CI shows.

const mark = { pass: '✓', fail: '✗', skip: '-' };

export class Report {
  results = [];

  /** Steps under a name, such as the app's. */
  scope(name) {
    return {
      step: (step, description, fn) => this.step(`${name}: ${step}`, description, fn),
      skip: (steps, reason) => {
        for (const [step, description] of steps) this.add(`${name}: ${step}`, description, 'skip', reason);
      },
    };
  }

  add(name, description, status, detail) {
    this.results.push({ name, description, status, detail });
    const line = `${mark[status]} ${name} (${description})`;
    console.log(status === 'pass' ? line : `${line}\n    ${String(detail).split('\n').join('\n    ')}`);
  }

  /** Runs a step; resolves to whether it passed. */
  async step(name, description, fn) {
    const started = Date.now();
    try {
      await fn();
      this.add(name, `${description}; ${((Date.now() - started) / 1000).toFixed(1)} s`, 'pass');
      return true;
    } catch (error) {
      this.add(name, description, 'fail', error instanceof Error ? error.message : String(error));
      return false;
    }
  }

  /** Prints the summary; true when nothing failed or was left out. */
  print() {
    const count = (status) => this.results.filter((result) => result.status === status).length;
    console.log(`\ntest:examples: ${count('pass')} passed, ${count('fail')} failed, ${count('skip')} not run`);
    for (const result of this.results)
      if (result.status !== 'pass') console.log(`  ${mark[result.status]} ${result.name}`);
    return count('fail') === 0 && count('skip') === 0;
  }
}
