/** Whether progress is shown: on a terminal (stderr), unless asked to be quiet. */
export function showsProgress(quiet: boolean, stream: NodeJS.WriteStream = process.stderr): boolean {
  return !quiet && stream.isTTY === true;
}
