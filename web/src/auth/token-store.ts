// The signed-in user's token survives a reload in localStorage; so does, after signing in with an
// identity provider, the address that ends the session there as well.
export const TOKEN_STORAGE_KEY = 'praksisbanken.token';
export const PROVIDER_SIGN_OUT_KEY = 'praksisbanken.signOutUrl';
/** The signed-in user as the API last described them, with the query that asked (web/src/auth/auth.tsx). */
export const PROFILE_STORAGE_KEY = 'praksisbanken.profile';

export const tokenStore = {
  get: (): string | null => localStorage.getItem(TOKEN_STORAGE_KEY),
  set: (token: string, providerSignOutUrl?: string) => {
    localStorage.setItem(TOKEN_STORAGE_KEY, token);
    if (providerSignOutUrl) localStorage.setItem(PROVIDER_SIGN_OUT_KEY, providerSignOutUrl);
    else localStorage.removeItem(PROVIDER_SIGN_OUT_KEY);
  },
  providerSignOutUrl: (): string | null => localStorage.getItem(PROVIDER_SIGN_OUT_KEY),
  profile: (): unknown => {
    try {
      return JSON.parse(localStorage.getItem(PROFILE_STORAGE_KEY) ?? 'null');
    } catch {
      return null;
    }
  },
  setProfile: (profile: unknown) => localStorage.setItem(PROFILE_STORAGE_KEY, JSON.stringify(profile)),
  clear: () => {
    localStorage.removeItem(TOKEN_STORAGE_KEY);
    localStorage.removeItem(PROVIDER_SIGN_OUT_KEY);
    localStorage.removeItem(PROFILE_STORAGE_KEY);
  },
};
