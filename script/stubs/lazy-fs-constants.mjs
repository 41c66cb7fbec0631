// fs.constants without importing node:fs as an ES module (which builds its whole facade).

export const constants = process.getBuiltinModule('node:fs').constants
