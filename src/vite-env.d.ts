/// <reference types="vite/client" />

declare module 'virtual:folio-articles' {
  /** Path of the article index JSON, relative to the app's base URL. */
  export const indexUrl: string;
}
