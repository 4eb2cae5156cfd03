@_exported import CorroborateModel

/// The library facade: runs the stages (ingest → claims → matching → report).
///
/// The CLI and the tests call these entry points; each stage adds its own in an extension
/// (`Pipeline+Ingest.swift`, `Pipeline+Claims.swift`, ...).
public enum Pipeline {}
