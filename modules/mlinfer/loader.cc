// loader.cc — flatbuffer -> Graph, checking as it goes (see loader.h).
//
// The functions follow the schema top-down: Model -> SubGraph -> Tensor /
// Buffer / QuantizationParameters, then Operator / OperatorCode, then a
// data-flow pass over the nodes. Each returns the first problem found.
#include "modules/mlinfer/loader.h"

#include <cmath>
#include <cstring>

#include "modules/mlinfer/schema.h"

namespace mote::mlinfer {
namespace {

namespace s = schema;

struct LoadState {
  const fb::Reader& reader;
  MemoryPool& pool;
  Graph& graph;
  fb::Vector buffers;
  fb::Vector opcodes;
};

Status TensorError(ErrorKind kind, uint32_t index, std::string_view format, const FormatArg* args,
                   size_t count) {
  char prefix[24];
  MessageWriter writer(prefix, sizeof prefix);
  const FormatArg arg(index);
  writer.Format("tensor {}: ", &arg, 1);
  return Status::Make(kind, std::string_view(prefix, writer.length()), format, args, count);
}

template <typename... Args>
Status TensorError(ErrorKind kind, uint32_t index, std::string_view format, const Args&... args) {
  const FormatArg list[] = {FormatArg(args)..., FormatArg(0)};
  return TensorError(kind, index, format, list, sizeof...(Args));
}

Status CheckIdentifier(std::span<const uint8_t> bytes) {
  if (std::memcmp(bytes.data() + 4, s::kFileIdentifier.data(), 4) == 0) return Status::Ok();
  char id[5];
  for (int i = 0; i < 4; ++i) {
    const uint8_t c = bytes[4 + i];
    id[i] = (c >= 0x20 && c < 0x7f) ? static_cast<char>(c) : '?';
  }
  id[4] = '\0';
  return Status::Error(ErrorKind::kValueError, "not a TFLite model: file identifier is '{}', expected 'TFL3'",
                       static_cast<const char*>(id));
}

// --- Tensors -------------------------------------------------------------

Status LoadShape(LoadState& st, uint32_t index, const fb::Table& table, Tensor& t) {
  fb::Vector shape;
  MLINFER_TRY(st.reader.VectorField(table, s::tensor::kShape, 4, "Tensor.shape", &shape));
  if (shape.length > static_cast<uint32_t>(kMaxRank)) {
    return TensorError(ErrorKind::kNotImplementedError, index, "rank {} is not supported (at most {})",
                       shape.length, kMaxRank);
  }
  t.shape.rank = static_cast<int>(shape.length);
  for (uint32_t i = 0; i < shape.length; ++i) t.shape.dims[i] = st.reader.Element<int32_t>(shape, i);
  for (int i = 0; i < t.shape.rank; ++i) {
    if (t.shape.dims[i] < 0) {
      return TensorError(ErrorKind::kValueError, index, "negative dimension {} in shape {}", t.shape.dims[i],
                         t.shape.arg());
    }
    if (t.shape.dims[i] == 0) {
      return TensorError(ErrorKind::kNotImplementedError, index, "empty shape {} is not supported",
                         t.shape.arg());
    }
  }
  return Status::Ok();
}

Status LoadTypeAndSize(LoadState& st, uint32_t index, const fb::Table& table, Tensor& t) {
  int8_t type = 0;
  MLINFER_TRY(st.reader.Scalar<int8_t>(table, s::tensor::kType, 0, "Tensor.type", &type));
  t.type = static_cast<DataType>(type);
  const size_t element = DataTypeSize(t.type);
  if (type < 0 || element == 0) {
    return TensorError(ErrorKind::kNotImplementedError, index, "dtype {} ({}) is not supported",
                       DataTypeName(t.type), type);
  }
  uint64_t bytes = element;
  for (int i = 0; i < t.shape.rank; ++i) {
    bytes *= static_cast<uint64_t>(t.shape.dims[i]);
    if (bytes > kMaxTensorBytes) {
      return TensorError(ErrorKind::kValueError, index, "shape {} of {} is too large (over 2 GiB)",
                         t.shape.arg(), DataTypeName(t.type));
    }
  }
  t.bytes = static_cast<uint32_t>(bytes);
  return Status::Ok();
}

// The bytes of buffer `buffer_index`, from Buffer.data or Buffer.offset/size.
Status BufferBytes(LoadState& st, uint32_t tensor, uint32_t buffer_index, const uint8_t** data,
                   uint64_t* size) {
  *data = nullptr;
  *size = 0;
  if (buffer_index >= st.buffers.length) {
    return TensorError(ErrorKind::kValueError, tensor, "buffer index {} out of range ({} buffers)", buffer_index,
                       st.buffers.length);
  }
  fb::Table buffer;
  MLINFER_TRY(st.reader.TableAt(st.buffers, buffer_index, "Model.buffers", &buffer));
  fb::Vector vector;
  MLINFER_TRY(st.reader.VectorField(buffer, s::buffer::kData, 1, "Buffer.data", &vector));
  uint64_t offset = 0, length = 0;
  MLINFER_TRY(st.reader.Scalar<uint64_t>(buffer, s::buffer::kOffset, 0, "Buffer.offset", &offset));
  MLINFER_TRY(st.reader.Scalar<uint64_t>(buffer, s::buffer::kSize, 0, "Buffer.size", &length));
  if (vector.length > 0) {
    *data = st.reader.Data(vector);
    *size = vector.length;
  } else if (offset > 1) {  // data stored after the flatbuffer (models over 2 GiB)
    const uint64_t total = st.reader.bytes().size();
    if (offset > total || length > total - offset) {
      return TensorError(ErrorKind::kValueError, tensor, "buffer {} at offset {} size {} lies outside the {}-byte file",
                         buffer_index, offset, length, total);
    }
    *data = st.reader.bytes().data() + offset;
    *size = length;
  }
  return Status::Ok();
}

Status LoadData(LoadState& st, uint32_t index, const fb::Table& table, Tensor& t) {
  uint32_t buffer_index = 0;
  MLINFER_TRY(st.reader.Scalar<uint32_t>(table, s::tensor::kBuffer, 0, "Tensor.buffer", &buffer_index));
  const uint8_t* data = nullptr;
  uint64_t size = 0;
  MLINFER_TRY(BufferBytes(st, index, buffer_index, &data, &size));
  if (data == nullptr) return Status::Ok();
  if (size != t.bytes) {
    return TensorError(ErrorKind::kValueError, index, "buffer has {} bytes, shape {} needs {}", size, t.shape.arg(),
                       t.bytes);
  }
  t.is_constant = true;
  t.const_data = data;
  const size_t element = DataTypeSize(t.type);
  if (element > 1 && reinterpret_cast<uintptr_t>(data) % (element > 8 ? 8 : element) != 0) {
    uint8_t* copy = nullptr;
    MLINFER_TRY(st.pool.AllocateArray<uint8_t>(t.bytes, "misaligned constant", &copy));
    std::memcpy(copy, data, t.bytes);
    t.const_data = copy;
  }
  return Status::Ok();
}

Status CheckQuantArrays(const Tensor& t, uint32_t index, const fb::Vector& scales, const fb::Vector& zero_points,
                        int32_t dimension) {
  if (zero_points.length != scales.length) {
    return TensorError(ErrorKind::kValueError, index, "{} quantization scales but {} zero points", scales.length,
                       zero_points.length);
  }
  if (scales.length > 1) {
    if (dimension < 0 || dimension >= t.shape.rank) {
      return TensorError(ErrorKind::kValueError, index, "quantized_dimension {} out of range for shape {}",
                         dimension, t.shape.arg());
    }
    if (static_cast<uint32_t>(t.shape.dims[dimension]) != scales.length) {
      return TensorError(ErrorKind::kValueError, index, "{} per-channel scales but dimension {} of shape {} is {}",
                         scales.length, dimension, t.shape.arg(), t.shape.dims[dimension]);
    }
  }
  return Status::Ok();
}

Status CheckQuantValues(const Tensor& t, uint32_t index) {
  for (uint32_t c = 0; c < t.quant.channel_count; ++c) {
    const float scale = t.quant.ChannelScale(c);
    if (!std::isfinite(scale) || scale < 0.0f) {
      return TensorError(ErrorKind::kValueError, index, "quantization scale {} is not a finite number >= 0",
                         static_cast<double>(scale));
    }
    const int64_t zp = t.quant.ChannelZeroPoint(c);
    if (zp < INT32_MIN || zp > INT32_MAX) {
      return TensorError(ErrorKind::kValueError, index, "zero point {} out of range", zp);
    }
  }
  return Status::Ok();
}

Status LoadQuantization(LoadState& st, uint32_t index, const fb::Table& table, Tensor& t) {
  fb::Table q;
  MLINFER_TRY(st.reader.Subtable(table, s::tensor::kQuantization, "Tensor.quantization", &q));
  if (!q.present()) return Status::Ok();
  uint8_t details = 0;
  MLINFER_TRY(st.reader.Scalar<uint8_t>(q, s::quantization::kDetailsType, 0, "QuantizationParameters.details_type",
                                        &details));
  if (details != 0) {
    return TensorError(ErrorKind::kNotImplementedError, index, "custom quantization details are not supported");
  }
  fb::Vector scales, zero_points;
  MLINFER_TRY(st.reader.VectorField(q, s::quantization::kScale, 4, "QuantizationParameters.scale", &scales));
  MLINFER_TRY(
      st.reader.VectorField(q, s::quantization::kZeroPoint, 8, "QuantizationParameters.zero_point", &zero_points));
  int32_t dimension = 0;
  MLINFER_TRY(st.reader.Scalar<int32_t>(q, s::quantization::kQuantizedDimension, 0,
                                        "QuantizationParameters.quantized_dimension", &dimension));
  if (scales.length == 0 && zero_points.length == 0) return Status::Ok();  // min/max only
  MLINFER_TRY(CheckQuantArrays(t, index, scales, zero_points, dimension));
  t.quant.channel_count = scales.length;
  t.quant.quantized_dimension = dimension;
  t.quant.scales = st.reader.Data(scales);
  t.quant.zero_points = st.reader.Data(zero_points);
  MLINFER_TRY(CheckQuantValues(t, index));
  t.quant.scale = t.quant.ChannelScale(0);
  t.quant.zero_point = static_cast<int32_t>(t.quant.ChannelZeroPoint(0));
  return Status::Ok();
}

Status CheckUnsupportedTensorFields(LoadState& st, uint32_t index, const fb::Table& table) {
  bool is_variable = false;
  MLINFER_TRY(st.reader.Bool(table, s::tensor::kIsVariable, false, "Tensor.is_variable", &is_variable));
  if (is_variable) return TensorError(ErrorKind::kNotImplementedError, index, "variable tensors are not supported");
  fb::Table sparsity;
  MLINFER_TRY(st.reader.Subtable(table, s::tensor::kSparsity, "Tensor.sparsity", &sparsity));
  if (sparsity.present()) return TensorError(ErrorKind::kNotImplementedError, index, "sparse tensors are not supported");
  uint32_t external = 0;
  MLINFER_TRY(st.reader.Scalar<uint32_t>(table, s::tensor::kExternalBuffer, 0, "Tensor.external_buffer", &external));
  if (external != 0) {
    return TensorError(ErrorKind::kNotImplementedError, index, "external buffers are not supported");
  }
  return Status::Ok();
}

Status LoadTensor(LoadState& st, const fb::Vector& tensors, uint32_t index) {
  fb::Table table;
  MLINFER_TRY(st.reader.TableAt(tensors, index, "SubGraph.tensors", &table));
  Tensor& t = st.graph.tensors[index];
  MLINFER_TRY(st.reader.String(table, s::tensor::kName, "Tensor.name", &t.name));
  MLINFER_TRY(CheckUnsupportedTensorFields(st, index, table));
  MLINFER_TRY(LoadShape(st, index, table, t));
  MLINFER_TRY(LoadTypeAndSize(st, index, table, t));
  MLINFER_TRY(LoadData(st, index, table, t));
  return LoadQuantization(st, index, table, t);
}

// --- Subgraph inputs and outputs -----------------------------------------

Status LoadIndexList(LoadState& st, const fb::Table& table, int field, const char* what, const int32_t** out,
                     uint32_t* count) {
  fb::Vector vector;
  MLINFER_TRY(st.reader.VectorField(table, field, 4, what, &vector));
  if (vector.length > kMaxTensors) {
    return Status::Error(ErrorKind::kValueError, "{} lists {} tensors (at most {})", what, vector.length, kMaxTensors);
  }
  int32_t* list = nullptr;
  MLINFER_TRY(st.pool.AllocateArray<int32_t>(vector.length, "tensor index list", &list));
  for (uint32_t i = 0; i < vector.length; ++i) {
    list[i] = st.reader.Element<int32_t>(vector, i);
    if (list[i] < 0 || static_cast<uint32_t>(list[i]) >= st.graph.tensor_count) {
      return Status::Error(ErrorKind::kValueError, "{}[{}] = {} is not a valid tensor index ({} tensors)", what, i,
                           list[i], st.graph.tensor_count);
    }
  }
  *out = list;
  *count = vector.length;
  return Status::Ok();
}

Status LoadGraphIO(LoadState& st, const fb::Table& subgraph) {
  Graph& g = st.graph;
  MLINFER_TRY(LoadIndexList(st, subgraph, s::subgraph::kInputs, "SubGraph.inputs", &g.inputs, &g.input_count));
  MLINFER_TRY(LoadIndexList(st, subgraph, s::subgraph::kOutputs, "SubGraph.outputs", &g.outputs, &g.output_count));
  for (uint32_t i = 0; i < g.input_count; ++i) {
    Tensor& t = g.tensors[g.inputs[i]];
    if (t.is_constant) {
      return Status::Error(ErrorKind::kValueError, "model input {} (tensor {}) is a constant", i, g.inputs[i]);
    }
    t.producer = Tensor::kGraphInput;
  }
  for (uint32_t i = 0; i < g.output_count; ++i) {
    if (g.tensors[g.outputs[i]].is_constant) {
      return Status::Error(ErrorKind::kValueError, "model output {} (tensor {}) is a constant", i, g.outputs[i]);
    }
  }
  return Status::Ok();
}

// --- Operators -----------------------------------------------------------

Status NodeError(ErrorKind kind, uint32_t node, std::string_view format, const FormatArg* args, size_t count) {
  char prefix[24];
  MessageWriter writer(prefix, sizeof prefix);
  const FormatArg arg(node);
  writer.Format("node {}: ", &arg, 1);
  return Status::Make(kind, std::string_view(prefix, writer.length()), format, args, count);
}

template <typename... Args>
Status NodeError(ErrorKind kind, uint32_t node, std::string_view format, const Args&... args) {
  const FormatArg list[] = {FormatArg(args)..., FormatArg(0)};
  return NodeError(kind, node, format, list, sizeof...(Args));
}

Status LoadNodeTensors(LoadState& st, const fb::Table& op, Node& node) {
  fb::Vector inputs, outputs;
  MLINFER_TRY(st.reader.VectorField(op, s::op::kInputs, 4, "Operator.inputs", &inputs));
  MLINFER_TRY(st.reader.VectorField(op, s::op::kOutputs, 4, "Operator.outputs", &outputs));
  if (inputs.length > kMaxNodeTensors || outputs.length > kMaxNodeTensors) {
    return NodeError(ErrorKind::kValueError, node.index, "too many inputs or outputs ({} and {})", inputs.length,
                     outputs.length);
  }
  int32_t* list = nullptr;
  MLINFER_TRY(st.pool.AllocateArray<int32_t>(inputs.length + outputs.length, "node tensor list", &list));
  const int64_t count = st.graph.tensor_count;
  for (uint32_t i = 0; i < inputs.length + outputs.length; ++i) {
    const bool is_input = i < inputs.length;
    const int32_t v = is_input ? st.reader.Element<int32_t>(inputs, i)
                               : st.reader.Element<int32_t>(outputs, i - inputs.length);
    if (v >= count || v < (is_input ? -1 : 0)) {
      return NodeError(ErrorKind::kValueError, node.index, "{} {} refers to tensor {} ({} tensors)",
                       is_input ? "input" : "output", is_input ? i : i - inputs.length, v, count);
    }
    list[i] = v;
  }
  node.inputs = list;
  node.input_count = inputs.length;
  node.outputs = list + inputs.length;
  node.output_count = outputs.length;
  return Status::Ok();
}

// The operator code of `node`: builtin code, version and custom name.
Status ResolveOpcode(LoadState& st, uint32_t opcode_index, Node& node, std::string_view* custom_name) {
  if (opcode_index >= st.opcodes.length) {
    return NodeError(ErrorKind::kValueError, node.index, "opcode index {} out of range ({} operator codes)",
                     opcode_index, st.opcodes.length);
  }
  fb::Table code;
  MLINFER_TRY(st.reader.TableAt(st.opcodes, opcode_index, "Model.operator_codes", &code));
  int8_t deprecated = 0;
  int32_t builtin = 0;
  MLINFER_TRY(st.reader.Scalar<int8_t>(code, s::operator_code::kDeprecatedBuiltinCode, 0,
                                       "OperatorCode.deprecated_builtin_code", &deprecated));
  MLINFER_TRY(st.reader.Scalar<int32_t>(code, s::operator_code::kBuiltinCode, 0, "OperatorCode.builtin_code",
                                        &builtin));
  MLINFER_TRY(
      st.reader.Scalar<int32_t>(code, s::operator_code::kVersion, 1, "OperatorCode.version", &node.version));
  MLINFER_TRY(st.reader.String(code, s::operator_code::kCustomCode, "OperatorCode.custom_code", custom_name));
  // Old models only fill the byte-sized field; new ones fill both.
  node.builtin_code = builtin > deprecated ? builtin : deprecated;
  return Status::Ok();
}

Status Unsupported(const Node& node, std::string_view custom_name) {
  std::string_view name = s::BuiltinOperatorName(node.builtin_code);
  if (node.builtin_code == static_cast<int32_t>(s::BuiltinOperator::kCustom)) {
    return Status::Error(ErrorKind::kNotImplementedError, "operator CUSTOM '{}' (version {}) at node {} is not supported",
                         custom_name, node.version, node.index);
  }
  if (name.empty()) {
    return Status::Error(ErrorKind::kNotImplementedError,
                         "operator with unknown builtin code {} (version {}) at node {} is not supported",
                         node.builtin_code, node.version, node.index);
  }
  return Status::Error(ErrorKind::kNotImplementedError, "operator {} (version {}) at node {} is not supported", name,
                       node.version, node.index);
}

Status LoadNode(LoadState& st, const fb::Vector& operators, uint32_t index) {
  Node& node = st.graph.nodes[index];
  node.index = index;
  fb::Table op;
  MLINFER_TRY(st.reader.TableAt(operators, index, "SubGraph.operators", &op));
  uint32_t opcode_index = 0;
  MLINFER_TRY(st.reader.Scalar<uint32_t>(op, s::op::kOpcodeIndex, 0, "Operator.opcode_index", &opcode_index));
  std::string_view custom_name;
  MLINFER_TRY(ResolveOpcode(st, opcode_index, node, &custom_name));
  MLINFER_TRY(LoadNodeTensors(st, op, node));
  MLINFER_TRY(st.reader.Scalar<uint8_t>(op, s::op::kBuiltinOptionsType, 0, "Operator.builtin_options_type",
                                        &node.options_type));
  MLINFER_TRY(st.reader.Subtable(op, s::op::kBuiltinOptions, "Operator.builtin_options", &node.options));
  node.registration = FindOp(node.builtin_code);
  if (node.registration == nullptr) return Unsupported(node, custom_name);
  return Status::Ok();
}

// Every input is a constant, a model input or an earlier node's output; every
// output is written exactly once and is not a constant or model input.
Status CheckDataFlow(Graph& g) {
  for (uint32_t n = 0; n < g.node_count; ++n) {
    const Node& node = g.nodes[n];
    for (uint32_t i = 0; i < node.input_count; ++i) {
      if (node.inputs[i] < 0) continue;
      const Tensor& t = g.tensors[node.inputs[i]];
      if (!t.is_constant && t.producer == -1) {
        return NodeError(ErrorKind::kValueError, n, "input {} reads tensor {}, which nothing has written", i,
                         node.inputs[i]);
      }
    }
    for (uint32_t o = 0; o < node.output_count; ++o) {
      Tensor& t = g.tensors[node.outputs[o]];
      if (t.is_constant || t.producer != -1) {
        return NodeError(ErrorKind::kValueError, n, "output {} writes tensor {}, which is a {}", o, node.outputs[o],
                         t.is_constant ? "constant" : t.producer == Tensor::kGraphInput ? "model input"
                                                                                       : "tensor already written");
      }
      t.producer = static_cast<int32_t>(n);
    }
  }
  for (uint32_t i = 0; i < g.output_count; ++i) {
    if (g.tensors[g.outputs[i]].producer == -1) {
      return Status::Error(ErrorKind::kValueError, "model output {} (tensor {}) is never written", i, g.outputs[i]);
    }
  }
  return Status::Ok();
}

Status LoadSubgraph(LoadState& st, const fb::Table& subgraph) {
  Graph& g = st.graph;
  fb::Vector tensors, operators;
  MLINFER_TRY(st.reader.VectorField(subgraph, s::subgraph::kTensors, 4, "SubGraph.tensors", &tensors));
  MLINFER_TRY(st.reader.VectorField(subgraph, s::subgraph::kOperators, 4, "SubGraph.operators", &operators));
  if (tensors.length > kMaxTensors || operators.length > kMaxNodes) {
    return Status::Error(ErrorKind::kNotImplementedError, "model has {} tensors and {} operators (limit {} each)",
                         tensors.length, operators.length, kMaxTensors);
  }
  MLINFER_TRY(st.pool.AllocateArray<Tensor>(tensors.length, "tensor descriptors", &g.tensors));
  for (uint32_t i = 0; i < tensors.length; ++i) g.tensors[i] = Tensor{};
  g.tensor_count = tensors.length;
  for (uint32_t i = 0; i < tensors.length; ++i) MLINFER_TRY(LoadTensor(st, tensors, i));
  MLINFER_TRY(LoadGraphIO(st, subgraph));
  MLINFER_TRY(st.pool.AllocateArray<Node>(operators.length, "node list", &g.nodes));
  for (uint32_t i = 0; i < operators.length; ++i) g.nodes[i] = Node{};
  g.node_count = operators.length;
  for (uint32_t i = 0; i < operators.length; ++i) MLINFER_TRY(LoadNode(st, operators, i));
  return CheckDataFlow(g);
}

Status LoadModelHeader(LoadState& st, const fb::Table& model, fb::Table* subgraph) {
  uint32_t version = 0;
  MLINFER_TRY(st.reader.Scalar<uint32_t>(model, s::model::kVersion, 0, "Model.version", &version));
  if (version != s::kSchemaVersion) {
    return Status::Error(ErrorKind::kValueError, "unsupported TFLite schema version {} (expected {})", version,
                         s::kSchemaVersion);
  }
  fb::Vector subgraphs;
  MLINFER_TRY(st.reader.VectorField(model, s::model::kSubgraphs, 4, "Model.subgraphs", &subgraphs));
  if (subgraphs.length == 0) return Status::Error(ErrorKind::kValueError, "model has no subgraph");
  if (subgraphs.length > 1) {
    return Status::Error(ErrorKind::kNotImplementedError,
                         "model has {} subgraphs; only single-subgraph models are supported", subgraphs.length);
  }
  MLINFER_TRY(st.reader.VectorField(model, s::model::kBuffers, 4, "Model.buffers", &st.buffers));
  MLINFER_TRY(st.reader.VectorField(model, s::model::kOperatorCodes, 4, "Model.operator_codes", &st.opcodes));
  return st.reader.TableAt(subgraphs, 0, "Model.subgraphs", subgraph);
}

}  // namespace

Status LoadGraph(const fb::Reader& reader, MemoryPool& pool, Graph* graph) {
  *graph = Graph{};
  fb::Table model;
  MLINFER_TRY(reader.Root(&model));
  MLINFER_TRY(CheckIdentifier(reader.bytes()));
  LoadState st{reader, pool, *graph, {}, {}};
  fb::Table subgraph;
  MLINFER_TRY(LoadModelHeader(st, model, &subgraph));
  return LoadSubgraph(st, subgraph);
}

}  // namespace mote::mlinfer
