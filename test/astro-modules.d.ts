// Plain tsc cannot read .astro files (Astro's language server types them in `astro check`, where the
// real module wins over this wildcard); the component tests import them with this shape.
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
  const component: AstroComponentFactory;
  export default component;
}
