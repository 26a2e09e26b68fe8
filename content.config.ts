import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';

// With srcDir '.', Starlight's docsLoader reads the top-level content/docs (see DESIGN.md, decision 2).
export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  // content/i18n/en.json exists for one reason: Starlight's English dictionary leaves Expressive Code's
  // labels to Expressive Code, so with Korean as the default locale i18next fell back to Korean for them
  // ("터미널 창" on English pages). Spelling them out for English stops the fallback.
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
