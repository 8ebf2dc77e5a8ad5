/**
 * Runs tasks of one key one after another, in the order they came, and tasks of different keys side by side: the
 * updates of one session leave this process one at a time, as Talon.One asks ("avoid parallel requests"). Holds a key
 * only while it has tasks, so it needs no cap.
 */
export function oneAtATime() {
  const tails = new Map<string, Promise<void>>();
  return <T>(key: string, task: () => Promise<T>): Promise<T> => {
    const previous = tails.get(key);
    const run = previous ? previous.then(task) : task();
    const tail = run.then(
      () => undefined,
      () => undefined,
    );
    tails.set(key, tail);
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return run;
  };
}
