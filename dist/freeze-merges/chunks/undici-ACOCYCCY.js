const require=process.getBuiltinModule('node:module').createRequire(import.meta.url);
import{g as a}from"./chunk-RPRBQ626.js";import"./chunk-QKINGQQ4.js";import"./chunk-MGL4VCJQ.js";export default a();
