// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import preact from '@astrojs/preact';
import starlightLinksValidator from 'starlight-links-validator';
import rehypeMermaidThemed from './src/mermaid/rehype-mermaid-themed.ts';
import { sidebar } from './src/site/sidebar.ts';

/**
 * GitHub Pages serves a project site under /<repository>/: the deploy workflow sets SITE_URL and
 * BASE_PATH from the repository; the defaults serve a local build at the root.
 */
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  // Starlight only runs its Markdown processing (asides, localized labels) on <srcDir>/content/docs.
  srcDir: '.',
  trailingSlash: 'always',
  markdown: {
    // Unified (not Astro 7's default Sätteri) because the diagram step is a rehype plugin. It sits here,
    // not in an integration: integrations add theirs after Expressive Code has claimed the fence.
    processor: unified({ rehypePlugins: [rehypeMermaidThemed] }),
  },
  vite: {
    optimizeDeps: {
      // The dev server's dependency scan compiles .tsx without the Preact preset and looked for
      // react/jsx-dev-runtime; tell it where JSX comes from (builds are unaffected).
      rolldownOptions: { transform: { jsx: { runtime: 'automatic', importSource: 'preact' } } },
    },
  },
  integrations: [
    starlight({
      title: { ko: '쿠버네티스 해부도', en: 'Kube Anatomy' },
      description: '쿠버네티스 클러스터가 어떻게 짜여 있는지, kubectl 출력으로 배우기',
      defaultLocale: 'root',
      locales: {
        root: { label: '한국어', lang: 'ko' },
        en: { label: 'English', lang: 'en' },
      },
      sidebar,
      customCss: ['./src/styles/site.css'],
      components: {
        Search: './src/components/overrides/Search.astro',
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
      },
      expressiveCode: {
        themes: ['github-dark', 'github-light'],
        useStarlightUiThemeColors: true,
      },
      plugins: [starlightLinksValidator({ errorOnRelativeLinks: false, errorOnLocalLinks: true })],
      lastUpdated: false,
      pagination: true,
    }),
    mdx(),
    preact(),
  ],
});
