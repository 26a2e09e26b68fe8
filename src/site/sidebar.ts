/**
 * The guide's reading order (a course: architecture, components, lifecycle, lab, explainer, glossary).
 * Labels carry both languages; slugs are shared by the Korean root and /en/.
 */
export const sidebar = [
  { slug: 'architecture' },
  {
    label: '구성 요소',
    translations: { en: 'Components' },
    items: [{ autogenerate: { directory: 'components' } }],
  },
];
