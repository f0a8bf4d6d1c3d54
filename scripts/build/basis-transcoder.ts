// The Basis Universal transcoder that three's KTX2Loader runs in its workers, made to run under
// the app's Content-Security-Policy (scripts/csp.mjs: WebAssembly allowed, strings never
// compiled as code).
//
// three ships the transcoder as Emscripten built it, and Emscripten's embind writes two kinds of
// wrapper as source text and compiles it with `new Function` (its DYNAMIC_EXECUTION build
// setting): the wrappers around the C++ functions and classes, and the callers of JavaScript
// methods from C++. Under the policy the first such call throws, and no map is ever transcoded.
// The patch replaces both with closures that do what the generated text does, as Emscripten's
// own build without dynamic execution does. It is applied to three's file at build time, so the
// transcoder always matches the installed three; the build fails if the file changes shape.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

/** Where the app serves the transcoder, relative to its page (KTX2Loader appends the names). */
export const TRANSCODER_DIR = 'basis/';
const JS = 'basis_transcoder.js';
const WASM = 'basis_transcoder.wasm';

const INVOKER_FROM_TEXT =
  'let[args,invokerFnBody]=createJsInvoker(argTypes,isClassMethodFunc,returns,isAsync);args.push(invokerFnBody);var invokerFn=newFunc(Function,args)(...closureArgs);';
// What createJsInvoker's text does: check the count, wire `this` and the arguments, call, free
// what was wired (a destructor stack, or each type's own destructor), unwire the result.
const INVOKER_CLOSURE = `var invokerFn=function(...jsArgs){
var expected=argCount-2;
if(jsArgs.length!==expected)throwBindingError('function '+humanName+' called with '+jsArgs.length+' arguments, expected '+expected);
var destructors=needsDestructorStack?[]:null;
var wired=[];var thisWired;var argsWired=[];
if(isClassMethodFunc){thisWired=argTypes[1]['toWireType'](destructors,this);wired.push(thisWired)}
for(var i=0;i<expected;++i){argsWired[i]=argTypes[i+2]['toWireType'](destructors,jsArgs[i]);wired.push(argsWired[i])}
var rv=cppInvokerFunc(cppTargetFunc,...wired);
if(needsDestructorStack)runDestructors(destructors);
else for(var i=isClassMethodFunc?1:2;i<argTypes.length;++i){if(argTypes[i].destructorFunction!==null)argTypes[i].destructorFunction(i===1?thisWired:argsWired[i-2])}
if(returns)return argTypes[0]['fromWireType'](rv)};`;

const CALLER_FROM_TEXT = 'var invokerFunction=newFunc(Function,params)(...args);';
// What the method caller's text does: read each argument from the packed buffer, call the method
// (or construct, kind 1; kind 0 passes the object as `this`), hand back the result.
const CALLER_CLOSURE = `var invokerFunction=function(obj,func,destructorsRef,argsPointer){
var list=kind===0?[obj]:[];var offset=0;
for(var i=0;i<argCount;++i){list.push(types[i].readValueFromPointer(argsPointer+offset));offset+=types[i]['argPackAdvance']}
var rv=kind===1?new func(...list):func.call(...list);
if(!retType.isVoid)return emval_returnValue(retType,destructorsRef,rv)};`;

/** three's transcoder with its two code-from-text wrappers replaced by closures. */
export function patchTranscoder(source: string): string {
  let patched = source;
  for (const [from, to] of [
    [INVOKER_FROM_TEXT, INVOKER_CLOSURE],
    [CALLER_FROM_TEXT, CALLER_CLOSURE],
  ] as const) {
    const count = patched.split(from).length - 1;
    if (count !== 1)
      throw new Error(
        `basis_transcoder.js: expected one \`${from.slice(0, 60)}…\`, found ${count}: update scripts/build/basis-transcoder.ts`,
      );
    patched = patched.replace(from, () => to);
  }
  if (/newFunc\(Function/.test(patched))
    throw new Error(
      'basis_transcoder.js still compiles text: update scripts/build/basis-transcoder.ts',
    );
  return patched;
}

/** three's transcoder files: the patched JavaScript and the WebAssembly as it is. */
export function transcoderFiles(): { js: string; wasm: Buffer } {
  const require = createRequire(import.meta.url);
  const loader = require.resolve('three/examples/jsm/loaders/KTX2Loader.js');
  const dir = join(dirname(loader), '../libs/basis');
  return {
    js: patchTranscoder(readFileSync(join(dir, JS), 'utf8')),
    wasm: readFileSync(join(dir, WASM)),
  };
}

/**
 * Serves the patched transcoder at `basis/` (dev server) and writes it there (build), where the
 * app's KTX2Loader is told to find it (src/view/ktx2-transcoder.ts). KTX2Loader's own default
 * URLs are pointed there too: left alone, the build would also emit three's unpatched copies,
 * which no page could run.
 */
export function basisTranscoderPlugin(): Plugin {
  let files: ReturnType<typeof transcoderFiles> | null = null;
  const load = () => (files ??= transcoderFiles());
  return {
    name: 'urverseny:basis-transcoder',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]three[\\/]examples[\\/]jsm[\\/]loaders[\\/]KTX2Loader\.js$/.test(id)) return null;
      let found = 0;
      const rewritten = code.replace(
        /new URL\(\s*'\.\.\/libs\/basis\/(basis_transcoder\.(?:js|wasm))',\s*import\.meta\.url\s*\)\.toString\(\)/g,
        (_, name: string) => {
          found++;
          return `(import.meta.env.BASE_URL + ${JSON.stringify(TRANSCODER_DIR + name)})`;
        },
      );
      if (found !== 2)
        this.error(
          `KTX2Loader.js: transcoder URLs not found (${found}): update ${import.meta.url}`,
        );
      return { code: rewritten, map: null };
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const name = req.url
          ?.split('?')[0]
          ?.match(/\/basis\/(basis_transcoder\.(?:js|wasm))$/)?.[1];
        if (!name) return next();
        const { js, wasm } = load();
        res.setHeader('Content-Type', name === JS ? 'text/javascript' : 'application/wasm');
        res.end(name === JS ? js : wasm);
      });
    },
    generateBundle() {
      const { js, wasm } = load();
      this.emitFile({ type: 'asset', fileName: TRANSCODER_DIR + JS, source: js });
      this.emitFile({ type: 'asset', fileName: TRANSCODER_DIR + WASM, source: wasm });
    },
  };
}
