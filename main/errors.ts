/** Bad usage or bad input: the user can fix it. The CLI exits with 2, the API answers `invalid`. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}
