const require=process.getBuiltinModule('node:module').createRequire(import.meta.url);
import{g as a}from"./chunk-GFUXMINU.js";import"./chunk-QIUWQQNG.js";import"./chunk-M4FQAAA2.js";import"./chunk-OIGL24SR.js";import"./chunk-7L2VGD67.js";export default a();
