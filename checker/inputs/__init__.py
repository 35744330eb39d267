"""Reading the inputs: YAML with positions, rule files, the releases folder."""
