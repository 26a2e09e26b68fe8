/**
 * The guide's reading order, a course: architecture, components, a pod's life, the lab, the explainer,
 * what the explainer reads, the glossary. Labels carry both languages; slugs are shared by the Korean root and /en/.
 */
export const sidebar = [
  { slug: 'architecture' },
  {
    label: '구성 요소',
    translations: { en: 'Components' },
    items: [{ autogenerate: { directory: 'components' } }],
  },
  {
    label: '파드의 일생',
    translations: { en: "A pod's life" },
    items: [{ autogenerate: { directory: 'lifecycle' } }],
  },
  {
    label: '실습 환경',
    translations: { en: 'The lab' },
    items: [{ autogenerate: { directory: 'lab' } }],
  },
  { slug: 'explain' },
  { slug: 'explain-reads' },
  { slug: 'glossary' },
];
