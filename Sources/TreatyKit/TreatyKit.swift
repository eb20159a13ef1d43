/// The version of TreatyDiff, shown by `treatydiff --version`.
public let treatyDiffVersion = "0.1.0"
