// The Mermaid settings every hierarchy diagram is drawn with: the app's and the bench's bare
// Mermaid page use this one object, so the two draw the same thing.
export const FLOWCHART_CONFIG = {
  startOnLoad: false,
  securityLevel: 'strict',
  // Mermaid's default flowchart layout is ELK, a 450 KB (gzip) chunk; dagre draws a tree as
  // well, at a fraction of the bytes and the time.
  layout: 'dagre',
  theme: 'base',
  themeVariables: { fontFamily: 'system-ui, sans-serif', fontSize: '14px' },
  flowchart: { htmlLabels: true, useMaxWidth: false, wrappingWidth: 240 },
} as const;
