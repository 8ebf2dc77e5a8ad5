/** Where the Talon.One proxy is mounted (app/api/talon/[...path]/route.ts): the browser's `TalonProvider baseUrl`. */
export const talonBasePath = '/api/talon';
