// Every real export in ../shared/data-samples/wos gives the record count its PROVENANCE.md
// states, with the format detected from the content. The counts are read from the document.
import { describe, expect, it } from "vitest";
import { tally } from "../../src/read/collect.ts";
import { openWos } from "../../src/read/open-wos.ts";
import { HAVE_SHARED, NEEDS_SHARED, provenanceFiles, SHARED_WOS } from "../_shared-samples.ts";

const FORMAT_OF: Record<string, string> = { plaintext: "plain", tabdelimited: "tab", xml: "xml" };

describe.skipIf(!HAVE_SHARED)(
  `openWos(path) on every shared sample matches PROVENANCE.md${NEEDS_SHARED}`,
  () => {
    const files = HAVE_SHARED ? provenanceFiles() : [];

    it("finds the 34 files of the provenance table", () => {
      expect(files).toHaveLength(34);
    });

    it.each(files.map((f) => [f.file, f] as const))("%s", async (_name, { file, format, records }) => {
      const reading = await openWos(`${SHARED_WOS}${file}`);
      expect(reading.format).toBe(FORMAT_OF[format]);
      const { report } = await tally(reading.items);
      expect(report).toEqual({ records, parsed: records, rejected: 0, byCode: {} });
    });
  },
);
