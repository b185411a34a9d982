"""scripts/kg-dask against kg build: a LocalCluster build of samples/ is the graph `kg build
samples/` writes, in 1, 2 or 3 partitions, and when a worker dies mid-run. Graphs are compared
as `kg export --format json` (every entity, relation and mention, in order) and `kg stats
--json`. Two workers at most and samples/ only, to keep the CPU small."""
import json
import os
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

KG = os.environ["KG_BIN"]
SOURCE = Path(os.environ["KG_SOURCE_DIR"])
SAMPLES = str(SOURCE / "samples")
KG_DASK = str(SOURCE / "scripts" / "kg-dask")
HERE = Path(__file__).resolve().parent


class KgDask(unittest.TestCase):
    def setUp(self):
        self.scratch = tempfile.TemporaryDirectory(prefix="kg-dask-test-")
        self.dir = Path(self.scratch.name)

    def tearDown(self):
        self.scratch.cleanup()

    def graph(self, path):
        """The graph's JSON export and its stats without the file name."""
        exported = self.dir / "export.json"
        subprocess.run([KG, "export", "--format", "json", "-o", str(exported), str(path)],
                       check=True)
        stats = json.loads(subprocess.run([KG, "stats", "--json", str(path)], check=True,
                                          capture_output=True, text=True).stdout)
        del stats["file"]
        return exported.read_text(), stats

    def expected(self):
        path = self.dir / "direct.kg"
        subprocess.run([KG, "build", SAMPLES, "-o", str(path)], check=True,
                       stdout=subprocess.DEVNULL)
        return self.graph(path)

    def dask_build(self, *options, kg=KG, env=None):
        path = self.dir / "dask.kg"
        run = subprocess.run(["/usr/bin/python3", KG_DASK, "build", SAMPLES, "-o", str(path),
                              "--workers", "2", "--kg", kg, *options],
                             capture_output=True, text=True, env=env)
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertIn("from 7 documents", run.stdout)
        return self.graph(path)

    def test_local_cluster_build_equals_kg_build(self):
        expected = self.expected()
        self.assertIn('"Elena Vasquez"', expected[0])
        self.assertEqual(self.dask_build(), expected)

    def test_one_two_and_three_partitions_give_the_same_graph(self):
        expected = self.expected()
        for partitions in ("1", "2", "3"):
            with self.subTest(partitions=partitions):
                self.assertEqual(self.dask_build("--partitions", partitions), expected)

    def test_a_worker_killed_mid_run_changes_nothing(self):
        expected = self.expected()
        marker = self.dir / "killed"
        env = dict(os.environ, KG_REAL=KG, KG_KILL_MARKER=str(marker),
                   KG_KILL_DOC=os.path.join(SAMPLES, "nordic_rail.txt"))
        graph = self.dask_build("--partitions", "3", "--retries", "0",
                                kg=str(HERE / "kill_worker_once.sh"), env=env)
        self.assertTrue(marker.exists(), "no worker was killed")
        self.assertEqual(graph, expected)


if __name__ == "__main__":
    unittest.main()
