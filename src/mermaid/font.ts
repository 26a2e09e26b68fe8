/** Shared by the build-time renderer and the browser: Korean labels need a CJK face in the list. */
export const MERMAID_FONT_CLIENT =
  '"Noto Sans KR", "Noto Sans CJK KR", "Apple SD Gothic Neo", "Malgun Gothic", system-ui, sans-serif';
