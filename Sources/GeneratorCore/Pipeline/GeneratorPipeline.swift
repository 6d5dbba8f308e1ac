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
    /// The template context of `files`.
    public static func context(_ files: [SpecFile]) -> Result<TemplateValue, DiagnosticsError> {
        switch loadValidatedSpec(files) {
        case .success(let loaded):
            // Nothing in the context depends on whether a pattern compiles, so they compile on
            // another core meanwhile; their errors still come before the context is used.
            let patterns = loaded.patterns
            let compiling = patterns.isEmpty ? nil : BackgroundWork { patterns.failures() }
            let context = ContextBuilder.build(loaded.spec, modelIndexes: loaded.modelIndexes)
            let failures = compiling?.value ?? []
            return failures.isEmpty ? context : .failure(loaded.withPatternErrors(failures))
        case .failure(let error):
            return .failure(error)
        }
    }

    /// Every stage but writing.
    public static func run(specs: [SpecFile], templates: TemplateSet) -> Result<[GeneratedFile], DiagnosticsError> {
        // The templates need nothing from the specs: they are parsed on a thread of their own
        // meanwhile, which takes a few milliseconds off every run, most of a small one.
        let preparing = BackgroundWork { PreparedTemplates.prepare(templates) }
        switch context(specs) {
        case .success(let context):
            return preparing.take().flatMap { render(context, prepared: $0, parsingPerWorkerFrom: perWorkerTemplatesFileCount) }
        case .failure(let error):
            return .failure(error)
        }
    }

    /// Renders every file the manifest lists. Paths are checked to stay inside the output folder.
    public static func render(_ context: TemplateValue, templates: TemplateSet) -> Result<[GeneratedFile], DiagnosticsError> {
        render(context, templates: templates, parsingPerWorkerFrom: perWorkerTemplatesFileCount)
    }

    /// From how many files each render worker parses templates of its own (see `render`).
    static let perWorkerTemplatesFileCount = 100

    /// `render`, with the number of files from which each worker parses its own templates, so
    /// that tests can check both ways give the same files.
    static func render(
        _ context: TemplateValue, templates: TemplateSet, parsingPerWorkerFrom fileCount: Int
    ) -> Result<[GeneratedFile], DiagnosticsError> {
        PreparedTemplates.prepare(templates).flatMap { render(context, prepared: $0, parsingPerWorkerFrom: fileCount) }
    }

    /// `render`, with the templates parsed already.
    static func render(
        _ context: TemplateValue, prepared: PreparedTemplates, parsingPerWorkerFrom fileCount: Int
    ) -> Result<[GeneratedFile], DiagnosticsError> {
        let templates = prepared.templates
        let manifest = prepared.manifest
        let manifestPath = templates.path(of: TemplateManifest.fileName)
        let library = prepared.library
        // First every output path, in manifest order, so that path errors and clashes are
        // found the same way every time; then the files' contents, on every core.
        var jobs: [RenderJob] = []
        var diagnostics = DiagnosticCollector()
        var seenPaths: [String: SourceRef] = [:]
        for entry in manifest.entries {
            guard library.templateNames.contains(entry.template) else {
                diagnostics.error("no template named '\(entry.template)' in \(templates.displayPath)", at: entry.source)
                continue
            }
            // Each file's extra variable: the item it renders, or none for an entry without `each`.
            var variables: [(name: String, value: TemplateValue)?] = [nil]
            if let each = entry.each {
                guard case .array(let list)? = context.value(at: each) else {
                    diagnostics.error("'each: \(each)' does not name a list in the context", at: entry.source)
                    continue
                }
                variables = list.map { (name: entry.bindingName, value: $0) }
            }
            // Parsed once for all its files, and checked even when the list is empty.
            let outputPath: TemplateLibrary.StringTemplate
            do {
                outputPath = try library.parseString(entry.output, named: manifestPath)
            } catch {
                diagnostics.append(contentsOf: [diagnostic(error, templates: templates)])
                continue
            }
            // Rendered on every core, checked in order.
            let paths = variables.concurrentMap(minimumCount: 64) { variable in
                Result { () throws(TemplateError) in try library.render(outputPath, context: context, variable: variable) }
            }
            for (variable, rendered) in zip(variables, paths) {
                do {
                    let path = try rendered.get()
                    guard isSafeRelativePath(path) else {
                        diagnostics.error("output path '\(path)' must be relative and stay inside the output folder", at: entry.source)
                        continue
                    }
                    if let first = seenPaths[path] {
                        diagnostics.error("two manifest entries write '\(path)' (first at \(first))", at: entry.source)
                        continue
                    }
                    seenPaths[path] = entry.source
                    jobs.append(RenderJob(path: path, template: entry.template, item: variable))
                } catch {
                    diagnostics.append(contentsOf: [diagnostic(error, templates: templates)])
                }
            }
        }
        // For many files, each worker renders with templates parsed for it alone: rendering
        // still retains some of what a template holds (expression boxes, key lists) as it reads
        // them, and with one shared library both cores keep taking the same reference counts
        // from each other. Parsing the templates takes about two milliseconds, more than that
        // costs a run of a few dozen files. The sources parsed once already, so parsing them
        // again cannot fail; the shared library is only a formality.
        let templateSources = prepared.sources
        let parsesPerWorker = jobs.count >= fileCount
        let rendered = jobs.concurrentMap(
            minimumCount: 2,
            workerState: {
                parsesPerWorker ? (try? TemplateLibrary(templates: templateSources, filters: SwiftFilters.all)) ?? library : library
            }
        ) { ownLibrary, job in
            Result { () throws(TemplateError) in
                normalizedEnding(try ownLibrary.render(job.template, context: context, variable: job.item))
            }
        }
        var files: [GeneratedFile] = []
        for (job, result) in zip(jobs, rendered) {
            switch result {
            case .success(let contents): files.append(GeneratedFile(path: job.path, contents: contents))
            case .failure(let error): diagnostics.append(contentsOf: [diagnostic(error, templates: templates)])
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

    static func diagnostic(_ error: TemplateError, templates: TemplateSet) -> Diagnostic {
        // The manifest's output patterns are named by their full path already.
        let file = templates.files[error.file] == nil ? error.file : templates.path(of: error.file)
        return Diagnostic(at: SourceRef(file: file, location: .init(line: error.line, column: error.column)), error.message)
    }

    /// Exactly one newline at the end of every file.
    static func normalizedEnding(_ text: String) -> String {
        // Most files already end so: return them as they are rather than copying megabytes.
        let utf8 = text.utf8
        let newline = UInt8(ascii: "\n")
        if utf8.last == newline, utf8.count == 1 || utf8[utf8.index(utf8.endIndex, offsetBy: -2)] != newline {
            return text
        }
        var scalars = Substring(text).unicodeScalars
        while let last = scalars.last, last == "\n" { scalars.removeLast() }
        return String(scalars) + "\n"
    }

    /// Whether `path` is relative, uses `/` only, and has no empty, `.` or `..` component. It
    /// reads the UTF-8 bytes once: a run writes thousands of files, and `String.contains` and
    /// `split` on characters took more time than rendering their paths.
    static func isSafeRelativePath(_ path: String) -> Bool {
        var componentLength = 0
        var componentIsDots = true
        var isSafe = true
        // A component ends at each `/` and at the end; every one must have a name.
        func endComponent() {
            if componentLength == 0 || (componentIsDots && componentLength <= 2) { isSafe = false }
            componentLength = 0
            componentIsDots = true
        }
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "/"): endComponent()
            case UInt8(ascii: "\\"): return false
            case UInt8(ascii: "."): componentLength += 1
            default:
                componentLength += 1
                componentIsDots = false
            }
            if !isSafe { return false }
        }
        endComponent()
        return isSafe
    }
}
