import type { Loader } from 'astro/loaders';

/**
 * Wraps a glob loader so Markdown entries keep frontmatter and body but are never rendered by Astro.
 * Both of Astro's paths break on GitHub text: eager rendering turns `![](x.png)` into an image import
 * that fails the build, and `deferRender` turns every file into a bundled module with the same import.
 * The site renders bodies itself (src/lib/render), so the render function is simply taken away.
 */
export function sourceOnly(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) => {
      // `entryTypes` is passed to loaders at runtime but absent from the public LoaderContext type.
      const { entryTypes } = context as typeof context & { entryTypes?: Map<string, object> };
      const withoutRender = entryTypes && new Map([...entryTypes].map(([ext, type]) => [ext, { ...type, getRenderFunction: undefined }]));
      return loader.load({ ...context, entryTypes: withoutRender } as typeof context);
    },
  };
}
