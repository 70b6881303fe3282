export const formalPanels = [];
