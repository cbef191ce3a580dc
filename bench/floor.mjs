// The floor of the streaming benchmark: read stdin, cut the chunks at newlines, JSON.parse each
// line, and nothing else. The CLI is measured against this on the same bytes.
let carry = '';
let records = 0;
for await (const chunk of process.stdin) {
  const last = chunk.lastIndexOf(10);
  if (last < 0) {
    carry += chunk.toString('utf8');
    continue;
  }
  const text = carry + chunk.toString('utf8', 0, last);
  carry = chunk.toString('utf8', last + 1);
  let pos = 0;
  for (;;) {
    const nl = text.indexOf('\n', pos);
    const line = nl < 0 ? text.slice(pos) : text.slice(pos, nl);
    if (line !== '') {
      JSON.parse(line);
      records++;
    }
    if (nl < 0) break;
    pos = nl + 1;
  }
}
if (carry !== '') {
  JSON.parse(carry);
  records++;
}
process.stdout.write(`${records}\n`);
