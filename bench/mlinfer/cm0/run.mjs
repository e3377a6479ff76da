// run.mjs — runs a benchmark image (bench.cc or model_bench.cc) on
// rp2040js's Cortex-M0+ core and prints the cycles of the reference and cm0
// kernels per layer, per inner loop or per whole Invoke.
//
// Usage: node run.mjs IMAGE.bin [LABEL]   (NODE_PATH must find rp2040js)
// The image is copied to SRAM at 0x20000000 and started at its first byte
// (startup.S); no boot ROM or flash is involved. BKPT #1/#2/#4 mark the start
// of the reference run (r0 = layer name, r1 = MACs), the switch to the cm0
// run and its end; BKPT #3 reports r0 = output bytes that differ; BKPT #5/#6
// time one inner loop or Invoke alone (r0 = name, r1 = MACs); BKPT #7 reports
// r0 = wrong model scores after an Invoke; BKPT #255 ends the image.
// rp2040js charges each instruction the Cortex-M0+ cycle count (loads and
// stores 2, taken branches 2, MULS 1, ...) and counts them in core.cycles.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(process.env.RP2040JS_DIR + '/');
const { RP2040 } = require('rp2040js');

const [image, label = ''] = process.argv.slice(2);
const bytes = readFileSync(image);
const mcu = new RP2040();
mcu.sram.set(bytes, 0);
const core = mcu.core;
core.PC = 0x20000000;
core.SP = 0x20042000;

function cString(address) {
  let s = '';
  for (let a = address - 0x20000000; mcu.sram[a] !== 0; ++a) s += String.fromCharCode(mcu.sram[a]);
  return s;
}

const rows = [];
const loops = [];
let current = null;
let done = false;
mcu.onBreak = (code) => {
  const r = core.registers;
  if (code === 1) current = { name: cString(r[0]), macs: r[1], t0: core.cycles };
  else if (code === 2) current.t1 = core.cycles;
  else if (code === 4) current.t2 = core.cycles;
  else if (code === 5) current = { name: cString(r[0]), macs: r[1], t0: core.cycles };
  else if (code === 6) loops.push({ ...current, cycles: core.cycles - current.t0 - 2 });
  else if (code === 7) {
    if (r[0] === 255) throw new Error('the model did not load');
    loops[loops.length - 1].wrong = r[0];
  }
  else if (code === 3) {
    current.mismatches = r[0];
    rows.push(current);
  } else done = true;
};
const limit = 2e9;
while (!done && core.cycles < limit) core.executeInstruction();
if (!done) throw new Error('image did not finish');

const version = JSON.parse(readFileSync(process.env.RP2040JS_DIR + '/node_modules/rp2040js/package.json')).version;
const pad = (s, n) => String(s).padStart(n);
console.log(`Cortex-M0+ (rp2040js ${version} cycle model)${label ? ', ' + label : ''}`);
if (rows.length) console.log(
  'layer'.padEnd(46) + pad('MACs', 8) + pad('reference', 11) + pad('cyc/MAC', 8) + pad('cm0', 10) + pad('cyc/MAC', 8) +
    pad('MAC/cyc', 8) + pad('speedup', 8) + '  bit-exact',
);
let failed = false;
for (const r of rows) {
  const ref = r.t1 - r.t0 - 2, cm0 = r.t2 - r.t1 - 2;  // minus the marker calls
  failed ||= r.mismatches !== 0;
  console.log(
    r.name.padEnd(46) + pad(r.macs, 8) + pad(ref, 11) + pad((ref / r.macs).toFixed(2), 8) + pad(cm0, 10) +
      pad((cm0 / r.macs).toFixed(2), 8) + pad((r.macs / cm0).toFixed(3), 8) + pad((ref / cm0).toFixed(2) + 'x', 8) +
      '  ' + (r.mismatches === 0 ? 'yes' : `NO (${r.mismatches} bytes differ)`),
  );
}
const timed = loops.filter((l) => l.wrong === undefined);
const invokes = loops.filter((l) => l.wrong !== undefined);
if (rows.length && timed.length) console.log('');
if (timed.length) console.log('inner loops alone'.padEnd(46) + pad('MACs', 8) + pad('cycles', 11) + pad('cyc/MAC', 8));
for (const l of timed) {
  console.log(l.name.padEnd(46) + pad(l.macs, 8) + pad(l.cycles, 11) + pad((l.cycles / l.macs).toFixed(2), 8));
}
if (invokes.length) {
  console.log('whole model'.padEnd(46) + pad('MACs', 8) + pad('cycles', 11) + pad('cyc/MAC', 8) + pad('ms@125MHz', 10) +
    '  scores');
}
for (const l of invokes) {
  failed ||= l.wrong !== 0;
  console.log(l.name.padEnd(46) + pad(l.macs, 8) + pad(l.cycles, 11) + pad((l.cycles / l.macs).toFixed(2), 8) +
    pad((l.cycles / 125e3).toFixed(2), 10) + '  ' + (l.wrong === 0 ? 'as documented' : `${l.wrong} of 4 differ`));
}
process.exit(failed ? 1 : 0);
