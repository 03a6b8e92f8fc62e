// The package ships JavaScript only; these are the plugins Candor uses (each is a Turndown plugin).
declare module "@joplin/turndown-plugin-gfm" {
  import type TurndownService from "turndown";
  export const tables: TurndownService.Plugin;
  export const gfm: TurndownService.Plugin;
}
