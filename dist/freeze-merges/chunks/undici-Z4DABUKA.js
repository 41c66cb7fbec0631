const require=process.getBuiltinModule('node:module').createRequire(import.meta.url);
import{g as a}from"./chunk-OGK4PL6Y.js";import"./chunk-QKZN7BR7.js";import"./chunk-4JWHVBSG.js";export default a();
