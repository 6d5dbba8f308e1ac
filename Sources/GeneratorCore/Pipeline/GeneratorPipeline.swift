import ConcurrentMap
import SpecModel
import TemplateEngine

/// One file the generator produces: a path relative to the output folder, and its text.
public struct GeneratedFile: Sendable, Hashable {
    public var path: String
    public var contents: String

    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}

/// The templates of a run: each file's path relative to the templates folder, and its text.
public struct TemplateSet: Sendable {
    /// The folder as the user named it, so diagnostics read `Templates/Model.swift.tmpl:12:9`.
    public var displayPath: String
    public var files: [String: String]
    /// Where a template came from when that is not `displayPath`, for diagnostics.
    public var origins: [String: String]

    public init(displayPath: String, files: [String: String], origins: [String: String] = [:]) {
        self.displayPath = displayPath
        self.files = files
        self.origins = origins
    }

    /// The path diagnostics name for a template.
    public func path(of name: String) -> String { origins[name] ?? displayPath + "/" + name }

    /// The templates compiled into apigen, the same as this repository's `Templates/`.
    public static var builtIn: TemplateSet {
        TemplateSet(displayPath: "<built-in templates>", files: BuiltInTemplates.files)
    }

    /// These templates with `overrides` replacing the ones of the same name and adding new ones:
    /// a `--templates` folder needs to hold only the templates a user changes.
    public func overlaid(by overrides: TemplateSet) -> TemplateSet {
        var result = self
        for (name, text) in overrides.files {
            result.files[name] = text
            result.origins[name] = overrides.path(of: name)
        }
        return result
    }
}

/// The generator as a compiler-like pipeline, each stage testable on its own:
///
/// 1. `SpecLoader.load`: YAML-lite files → one merged `APISpec` (syntax and shape errors).
/// 2. `validateSpec`: the contract's rules on the merged spec.
/// 3. `ContextBuilder.build`: Swift names and types → the template context.
/// 4. `render`: templates + context → generated files, as the manifest lists them.
///
/// Writing the files is the caller's (`OutputWriter`), so that nothing is written unless every
/// stage succeeded.
public enum GeneratorPipeline {
    /// The template context of `files`, or every problem found in them.
    public static func context(_ files: [SpecFile]) -> Result<RootContext, DiagnosticsError> {
        loadIndexedSpec(files).flatMap { ContextBuilder.build($0.spec, modelIndexes: $0.modelIndexes) }
    }

    /// Every stage but writing.
    public static func run(specs: [SpecFile], templates: TemplateSet) -> Result<[GeneratedFile], DiagnosticsError> {
        generate(specs: specs, templates: templates).map(\.files)
    }

    /// Every stage but writing, keeping the validated spec and its context beside the files:
    /// `apigen generate` compares them with the previous generation's snapshot.
    static func generate(
        specs: [SpecFile], templates: TemplateSet
    ) -> Result<(spec: APISpec, context: RootContext, files: [GeneratedFile]), DiagnosticsError> {
        loadIndexedSpec(specs).flatMap { loaded in
            ContextBuilder.build(loaded.spec, modelIndexes: loaded.modelIndexes).flatMap { context in
                render(context, templates: templates).map { (loaded.spec, context, $0) }
            }
        }
    }

    /// Renders every file the manifest lists. Paths are checked to stay inside the output folder.
    public static func render(_ context: RootContext, templates: TemplateSet) -> Result<[GeneratedFile], DiagnosticsError> {
        PreparedTemplates.prepare(templates).flatMap { render(context, prepared: $0) }
    }

    /// `render`, with the templates parsed already.
    static func render(_ context: RootContext, prepared: PreparedTemplates) -> Result<[GeneratedFile], DiagnosticsError> {
        let root = TemplateValue.object(context)
        var diagnostics = DiagnosticCollector()
        // First every output path, in manifest order, so that path errors and clashes are found
        // the same way every time; then the files' contents.
        var jobs: [RenderJob] = []
        var seenPaths: [String: SourceRef] = [:]
        for entry in prepared.manifest.entries {
            switch renderJobs(for: entry, root: root, prepared: prepared) {
            case .success(let entryJobs):
                for job in entryJobs {
                    guard isSafeRelativePath(job.path) else {
                        diagnostics.error(
                            "output path '\(job.path)' must be relative and stay inside the output folder", at: entry.source)
                        continue
                    }
                    if let first = seenPaths[job.path] {
                        diagnostics.error("two manifest entries write '\(job.path)' (first at \(first))", at: entry.source)
                        continue
                    }
                    seenPaths[job.path] = entry.source
                    jobs.append(job)
                }
            case .failure(let problems):
                diagnostics.append(contentsOf: problems.diagnostics)
            }
        }
        // Files render independently of each other: on every core, which pays for large specs.
        let library = prepared.library
        let rendered = jobs.concurrentMap { job in
            Result { () throws(TemplateError) in
                normalizedEnding(try library.render(job.template, context: root, variable: job.item))
            }
        }
        var files: [GeneratedFile] = []
        for (job, result) in zip(jobs, rendered) {
            switch result {
            case .success(let contents): files.append(GeneratedFile(path: job.path, contents: contents))
            case .failure(let error): diagnostics.append(contentsOf: [diagnostic(error, templates: prepared.templates)])
            }
        }
        if diagnostics.hasErrors { return .failure(DiagnosticsError(diagnostics.sorted)) }
        return .success(files.sorted { $0.path < $1.path })
    }

    /// One file to render: where it goes, its template, and the manifest's item it renders
    /// (`as` name and value), if its entry has `each`.
    private struct RenderJob: Sendable {
        var path: String
        var template: String
        var item: (name: String, value: TemplateValue)?
    }

    /// The files a manifest entry makes: one, or one per item of its `each` list, each with its
    /// output path rendered.
    private static func renderJobs(
        for entry: TemplateManifest.Entry, root: TemplateValue, prepared: PreparedTemplates
    ) -> Result<[RenderJob], DiagnosticsError> {
        let templates = prepared.templates
        guard prepared.library.templateNames.contains(entry.template) else {
            return .failure(
                DiagnosticsError([
                    Diagnostic(at: entry.source, "no template named '\(entry.template)' in \(templates.displayPath)")
                ]))
        }
        var items: [(name: String, value: TemplateValue)?] = [nil]
        if let each = entry.each {
            guard case .array(let list)? = root.value(at: each) else {
                return .failure(
                    DiagnosticsError([Diagnostic(at: entry.source, "'each: \(each)' does not name a list in the context")]))
            }
            items = list.map { (name: entry.bindingName, value: $0) }
        }
        do throws(TemplateError) {
            // Parsed once for all its files, and checked even when the list is empty.
            let outputPath = try prepared.library.parseString(
                entry.output, named: templates.path(of: TemplateManifest.fileName))
            return .success(
                try items.map { item throws(TemplateError) in
                    RenderJob(
                        path: try prepared.library.render(outputPath, context: root, variable: item),
                        template: entry.template, item: item)
                })
        } catch {
            return .failure(DiagnosticsError([diagnostic(error, templates: templates)]))
        }
    }

    static func diagnostic(_ error: TemplateError, templates: TemplateSet) -> Diagnostic {
        // The manifest's output patterns are named by their full path already.
        let file = templates.files[error.file] == nil ? error.file : templates.path(of: error.file)
        return Diagnostic(at: SourceRef(file: file, location: .init(line: error.line, column: error.column)), error.message)
    }

    /// Exactly one newline at the end of every file.
    static func normalizedEnding(_ text: String) -> String {
        // A file that ends in exactly one newline, as rendered files do, is kept as it is.
        if text.utf8.last == UInt8(ascii: "\n"), text.utf8.dropLast().last != UInt8(ascii: "\n") { return text }
        var scalars = Substring(text).unicodeScalars
        while let last = scalars.last, last == "\n" { scalars.removeLast() }
        return String(scalars) + "\n"
    }

    /// Whether `path` is relative, uses `/` only, and has no empty, `.` or `..` component.
    static func isSafeRelativePath(_ path: String) -> Bool {
        let components = path.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        return !path.utf8.contains(UInt8(ascii: "\\"))
            && components.allSatisfy { component in
                !component.isEmpty && !component.elementsEqual(".".utf8) && !component.elementsEqual("..".utf8)
            }
    }
}
