"""The corpus layer: many articles in one run (inputs, runner, manifest, report)."""
