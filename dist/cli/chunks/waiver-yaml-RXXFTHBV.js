import {createRequire as __rkRequire} from 'node:module';const require=__rkRequire(import.meta.url);
import{a as e}from"./chunk-QK2IMC4Y.js";import"./chunk-NULB4FC5.js";import{f as r}from"./chunk-536K3VYG.js";var o=r(e(),1);var export_parse=o.parse;export{export_parse as parse};
