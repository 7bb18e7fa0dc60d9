// The signed-in user's token survives a reload in localStorage.
const KEY = 'praksisbanken.token';

export const tokenStore = {
  get: (): string | null => localStorage.getItem(KEY),
  set: (token: string) => localStorage.setItem(KEY, token),
  clear: () => localStorage.removeItem(KEY),
};
