/**
 * The viewport sizes people use, which every whole-app flow runs at: desktop, small laptop, tablet
 * upright, phone (README, "How we test").
 */
export const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
  { width: 768, height: 1024 },
  { width: 390, height: 844 },
] as const;
