// The signed-in user's token survives a reload in localStorage.
export const TOKEN_STORAGE_KEY = 'praksisbanken.token';

export const tokenStore = {
  get: (): string | null => localStorage.getItem(TOKEN_STORAGE_KEY),
  set: (token: string) => localStorage.setItem(TOKEN_STORAGE_KEY, token),
  clear: () => localStorage.removeItem(TOKEN_STORAGE_KEY),
};
