export const id = 747;
export const ids = [747];
export const modules = {

/***/ 2747:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   drillCommand: () => (/* binding */ drillCommand)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(643);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_4__);





/**
 * `rollback-kit drill`: the drill lives in sandbox/ with the API double, the helm stand-in and
 * the workflow executor (devDependencies), so it runs from a clone after `npm ci`, through tsx.
 * Flags are passed on as they are; the drill checks them.
 */
async function drillCommand(args) {
    // dist/cli/index.js and src/cli/drill.ts both sit two levels below the repository root.
    // (Path arithmetic, not new URL(..., import.meta.url): the bundler would copy that as an asset.)
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_4__.fileURLToPath)(import.meta.url)), '..', '..');
    const entry = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(root, 'sandbox', 'drill.ts');
    let tsx;
    try {
        tsx = (0,node_module__WEBPACK_IMPORTED_MODULE_2__.createRequire)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(root, 'package.json')).resolve('tsx');
    }
    catch {
        tsx = undefined;
    }
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(entry) || !tsx) {
        console.error(`rollback-kit drill runs from a clone of rollback-kit with its dev dependencies: git clone, then 'npm ci', then 'npx rollback-kit drill' (missing: ${!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(entry) ? 'sandbox/drill.ts' : 'tsx'}).`);
        return 2;
    }
    return new Promise(resolve => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(process.execPath, ['--import', 'tsx', entry, ...args], {
            cwd: root,
            stdio: 'inherit'
        });
        child.on('error', error => {
            console.error(`rollback-kit drill could not start: ${error.message}`);
            resolve(2);
        });
        child.on('close', code => resolve(code ?? 1));
    });
}


/***/ })

};
