// tools/wasm-size.mjs: each of twiggy's items counted under the crate that
// owns it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { owner } from '../../tools/wasm-size.mjs';

test('an item is counted under its crate, and ours under its module', () => {
  assert.equal(owner('tip_report::charts::activity_timeline::options::h57a6565352d41b18'), 'tip_report::charts');
  assert.equal(owner('<&mut serde_json::de::Deserializer<R> as serde_core::de::Deserializer>::deserialize_seq::h54a9'), 'serde_json');
  assert.equal(owner('serde_core::de::impls::<impl serde_core::de::Deserialize for core::option::Option<T>>::deserialize::hfe09'), 'serde_core');
  assert.equal(owner('<T as tachys::view::any_view::IntoAny>::into_any::hydrate_async::{{closure}}::h17a4'), 'tachys');
  assert.equal(owner('core[c5930c85a12de822]::fmt::float::float_to_decimal_common_exact::<f64>'), 'core');
  assert.equal(owner('ChartPanel_18355050163278242217'), 'tip_report::ui (island exports)');
  assert.equal(owner('data segment ".rodata"'), '(data: .rodata)');
  assert.equal(owner('"function names" subsection'), null);
  assert.equal(owner('func[1234]'), '(wasm sections and unnamed)');
});
