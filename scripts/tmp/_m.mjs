import { minify } from 'terser';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import ts from 'typescript';
let tot=0;
for (const f of process.argv.slice(2)) {
  const src = readFileSync(f,'utf8');
  const js = ts.transpileModule(src,{compilerOptions:{target:ts.ScriptTarget.ES2021,module:ts.ModuleKind.ESNext}}).outputText;
  const m = (await minify(js,{module:true,compress:{passes:2}})).code;
  const g=gzipSync(m,{level:9}).length; tot+=g;
  console.log(f, m.length, g);
}
console.log('sum gz (separately)', tot);
