import {createRequire as __rkRequire} from 'node:module';const require=__rkRequire(import.meta.url);
import{j as a}from"./chunks/chunk-PIEIR3IT.js";import"./chunks/chunk-U5HKYRO6.js";import"./chunks/chunk-BB53WFE3.js";import"./chunks/chunk-LDHQLOLS.js";import"./chunks/chunk-FO4SLWPV.js";import"./chunks/chunk-2DJKJ7C4.js";import{l as r}from"./chunks/chunk-KQXP4XMT.js";r();await a();
