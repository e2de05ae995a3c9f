using Mono.Cecil;
using Mono.Cecil.Cil;

namespace KoreaEvents.Core.Tests.Architecture;

/// <summary>
/// Decides whether a type's references to a namespace are live or only made from members marked [Obsolete]
/// (forwards kept for one minor version). A reference counts as live when any member that is not obsolete makes it:
/// the type's base type, interfaces and attributes; a field's type and attributes; a method's signature, attributes,
/// locals, caught exceptions and every type, method and field its body uses; a property's or event's type. Accessors
/// belong to their property or event, and compiler-generated nested types (lambdas, closures, iterators, async state
/// machines) to the member their name points to (<c>&lt;ToJson&gt;b__3_0</c> to <c>ToJson</c>); when that member cannot
/// be told, the reference counts as live. Other nested types are checked as part of the type. So the exemption can
/// only hide a reference written in an obsolete member.
/// </summary>
internal static class ObsoleteReferences
{
    private const string ObsoleteAttribute = "System.ObsoleteAttribute";
    private const string CompilerGenerated = "System.Runtime.CompilerServices.CompilerGeneratedAttribute";

    /// <summary>Whether <paramref name="type"/> (or a nested type of it) uses a type <paramref name="isTarget"/> accepts
    /// from a member that is not obsolete.</summary>
    public static bool HasLiveReference(TypeDefinition type, Func<TypeReference, bool> isTarget)
    {
        if (IsObsolete(type))
        {
            return false;
        }

        var uses = new Uses(isTarget);
        if (uses.Type(type.BaseType) || type.Interfaces.Any(i => uses.Type(i.InterfaceType)) || uses.Attributes(type)
            || type.GenericParameters.Any(g => g.Constraints.Any(c => uses.Type(c.ConstraintType))))
        {
            return true;
        }

        var obsoleteMembers = ObsoleteMemberNames(type);
        foreach (var field in type.Fields.Where(f => !IsObsolete(f)))
        {
            if (uses.Type(field.FieldType) || uses.Attributes(field))
            {
                return true;
            }
        }

        foreach (var property in type.Properties.Where(p => !IsObsolete(p)))
        {
            if (uses.Type(property.PropertyType) || uses.Attributes(property))
            {
                return true;
            }
        }

        foreach (var @event in type.Events.Where(e => !IsObsolete(e)))
        {
            if (uses.Type(@event.EventType) || uses.Attributes(@event))
            {
                return true;
            }
        }

        // A lambda that captures only this, or a local function, is a method of the type itself (<ToJson>b__3_0).
        foreach (var method in type.Methods.Where(m => !obsoleteMembers.Contains(MemberOf(m.Name) ?? m.Name)))
        {
            if (uses.Method(method))
            {
                return true;
            }
        }

        foreach (var nested in type.NestedTypes)
        {
            if (IsCompilerGenerated(nested) ? CompilerGeneratedIsLive(nested, obsoleteMembers, uses) : HasLiveReference(nested, isTarget))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The names of the methods that are obsolete: marked themselves, or accessors of an obsolete property or event.</summary>
    private static HashSet<string> ObsoleteMemberNames(TypeDefinition type)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var method in type.Methods.Where(IsObsolete))
        {
            names.Add(method.Name);
        }

        foreach (var property in type.Properties.Where(IsObsolete))
        {
            AddAccessors(names, property.GetMethod, property.SetMethod);
        }

        foreach (var @event in type.Events.Where(IsObsolete))
        {
            AddAccessors(names, @event.AddMethod, @event.RemoveMethod, @event.InvokeMethod);
        }

        return names;
    }

    private static void AddAccessors(HashSet<string> names, params MethodDefinition?[] accessors)
    {
        foreach (var accessor in accessors)
        {
            if (accessor is not null)
            {
                names.Add(accessor.Name);
            }
        }
    }

    /// <summary>
    /// A compiler-generated nested type is live when a part of it that belongs to a live member (or to no member it
    /// can be told from) uses the target. A state machine (<c>&lt;Read&gt;d__4</c>) belongs to the member in its name;
    /// a closure class (<c>&lt;&gt;c</c>, <c>&lt;&gt;c__DisplayClass4_0</c>) holds lambdas of several members, each named
    /// after its member (<c>&lt;Read&gt;b__4_0</c>), while its fields and other members are counted as live.
    /// </summary>
    private static bool CompilerGeneratedIsLive(TypeDefinition nested, HashSet<string> obsoleteMembers, Uses uses)
    {
        if (MemberOf(nested.Name) is { } owner)
        {
            return !obsoleteMembers.Contains(owner) && uses.AnyMember(nested);
        }

        if (uses.Type(nested.BaseType) || nested.Interfaces.Any(i => uses.Type(i.InterfaceType)) || nested.Fields.Any(f => uses.Type(f.FieldType)))
        {
            return true;
        }

        foreach (var method in nested.Methods)
        {
            var member = MemberOf(method.Name);
            if ((member is null || !obsoleteMembers.Contains(member)) && uses.Method(method))
            {
                return true;
            }
        }

        return nested.NestedTypes.Any(n => CompilerGeneratedIsLive(n, obsoleteMembers, uses));
    }

    /// <summary>The member a compiler-generated name points to: <c>ToJson</c> for <c>&lt;ToJson&gt;b__3_0</c>, none for <c>&lt;&gt;c</c>.</summary>
    private static string? MemberOf(string generatedName)
    {
        if (!generatedName.StartsWith('<'))
        {
            return null;
        }

        int close = generatedName.IndexOf('>', StringComparison.Ordinal);
        return close > 1 ? generatedName[1..close] : null;
    }

    private static bool IsObsolete(ICustomAttributeProvider member) =>
        member.CustomAttributes.Any(a => a.AttributeType.FullName == ObsoleteAttribute);

    private static bool IsCompilerGenerated(TypeDefinition type) =>
        type.CustomAttributes.Any(a => a.AttributeType.FullName == CompilerGenerated) || type.Name.StartsWith('<');

    /// <summary>The reference tests, with the target's predicate.</summary>
    private sealed class Uses(Func<TypeReference, bool> isTarget)
    {
        public bool Type(TypeReference? type)
        {
            switch (type)
            {
                case null:
                case GenericParameter:
                    return false;
                case GenericInstanceType generic:
                    return Type(generic.ElementType) || generic.GenericArguments.Any(Type);
                case TypeSpecification specification:
                    return Type(specification.ElementType);
            }

            var outer = type;
            while (outer.DeclaringType is { } declaring)
            {
                outer = declaring;
            }

            return isTarget(outer);
        }

        public bool Attributes(ICustomAttributeProvider provider) =>
            provider.CustomAttributes.Any(a => Type(a.AttributeType) || a.ConstructorArguments.Any(arg => arg.Value is TypeReference t && Type(t)));

        public bool MethodReference(MethodReference method) =>
            Type(method.DeclaringType) || Type(method.ReturnType) || method.Parameters.Any(p => Type(p.ParameterType))
            || (method is GenericInstanceMethod generic && generic.GenericArguments.Any(Type));

        public bool Method(MethodDefinition method)
        {
            if (Type(method.ReturnType) || method.Parameters.Any(p => Type(p.ParameterType) || Attributes(p)) || Attributes(method)
                || Attributes(method.MethodReturnType))
            {
                return true;
            }

            if (!method.HasBody)
            {
                return false;
            }

            var body = method.Body;
            return body.Variables.Any(v => Type(v.VariableType))
                || body.ExceptionHandlers.Any(h => Type(h.CatchType))
                || body.Instructions.Any(Operand);
        }

        public bool AnyMember(TypeDefinition type) =>
            Type(type.BaseType) || type.Interfaces.Any(i => Type(i.InterfaceType)) || type.Fields.Any(f => Type(f.FieldType))
            || type.Methods.Any(Method) || type.NestedTypes.Any(AnyMember);

        private bool Operand(Instruction instruction) => instruction.Operand switch
        {
            TypeReference type => Type(type),
            MethodReference method => MethodReference(method),
            FieldReference field => Type(field.DeclaringType) || Type(field.FieldType),
            _ => false,
        };
    }
}
