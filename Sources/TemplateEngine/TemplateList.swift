/// A list of objects for a context to hold: the objects, typed, for the program, and the same
/// list as a template value, made once, for the templates that read it many times.
public struct TemplateList<Element: TemplateObject>: RandomAccessCollection, Sendable {
    public let elements: [Element]
    /// The elements as an array value.
    public let templateValue: TemplateValue

    public init(_ elements: [Element]) {
        self.elements = elements
        templateValue = .array(elements.map { .object($0) })
    }

    public var startIndex: Int { elements.startIndex }
    public var endIndex: Int { elements.endIndex }
    public subscript(position: Int) -> Element { elements[position] }
}

extension TemplateList: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: Element...) {
        self.init(elements)
    }
}
