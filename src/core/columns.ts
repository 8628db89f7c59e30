// Spreadsheet column letters, for the cells the generated modules name (`DOTS_1.xlsx!sheet1!AC12`).

const LETTERS: string[] = [];

/** A spreadsheet column's letters (1 is A, 26 is Z, 27 is AA), each made once and then reused. */
export function columnLetters(n: number): string {
  let s = LETTERS[n];
  if (s !== undefined) return s;
  s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return (LETTERS[n] = s);
}
