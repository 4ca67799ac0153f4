// Code generated from CPython 3.10's opcode module by core/code/gen_opcodes.py; DO NOT EDIT.

package code

// The opcodes of CPython 3.10, with CPython's numbers so that co_code bytes match.
const (
	POP_TOP                 Opcode = 1
	ROT_TWO                 Opcode = 2
	ROT_THREE               Opcode = 3
	DUP_TOP                 Opcode = 4
	DUP_TOP_TWO             Opcode = 5
	ROT_FOUR                Opcode = 6
	NOP                     Opcode = 9
	UNARY_POSITIVE          Opcode = 10
	UNARY_NEGATIVE          Opcode = 11
	UNARY_NOT               Opcode = 12
	UNARY_INVERT            Opcode = 15
	BINARY_MATRIX_MULTIPLY  Opcode = 16
	INPLACE_MATRIX_MULTIPLY Opcode = 17
	BINARY_POWER            Opcode = 19
	BINARY_MULTIPLY         Opcode = 20
	BINARY_MODULO           Opcode = 22
	BINARY_ADD              Opcode = 23
	BINARY_SUBTRACT         Opcode = 24
	BINARY_SUBSCR           Opcode = 25
	BINARY_FLOOR_DIVIDE     Opcode = 26
	BINARY_TRUE_DIVIDE      Opcode = 27
	INPLACE_FLOOR_DIVIDE    Opcode = 28
	INPLACE_TRUE_DIVIDE     Opcode = 29
	GET_LEN                 Opcode = 30
	MATCH_MAPPING           Opcode = 31
	MATCH_SEQUENCE          Opcode = 32
	MATCH_KEYS              Opcode = 33
	COPY_DICT_WITHOUT_KEYS  Opcode = 34
	WITH_EXCEPT_START       Opcode = 49
	GET_AITER               Opcode = 50
	GET_ANEXT               Opcode = 51
	BEFORE_ASYNC_WITH       Opcode = 52
	END_ASYNC_FOR           Opcode = 54
	INPLACE_ADD             Opcode = 55
	INPLACE_SUBTRACT        Opcode = 56
	INPLACE_MULTIPLY        Opcode = 57
	INPLACE_MODULO          Opcode = 59
	STORE_SUBSCR            Opcode = 60
	DELETE_SUBSCR           Opcode = 61
	BINARY_LSHIFT           Opcode = 62
	BINARY_RSHIFT           Opcode = 63
	BINARY_AND              Opcode = 64
	BINARY_XOR              Opcode = 65
	BINARY_OR               Opcode = 66
	INPLACE_POWER           Opcode = 67
	GET_ITER                Opcode = 68
	GET_YIELD_FROM_ITER     Opcode = 69
	PRINT_EXPR              Opcode = 70
	LOAD_BUILD_CLASS        Opcode = 71
	YIELD_FROM              Opcode = 72
	GET_AWAITABLE           Opcode = 73
	LOAD_ASSERTION_ERROR    Opcode = 74
	INPLACE_LSHIFT          Opcode = 75
	INPLACE_RSHIFT          Opcode = 76
	INPLACE_AND             Opcode = 77
	INPLACE_XOR             Opcode = 78
	INPLACE_OR              Opcode = 79
	LIST_TO_TUPLE           Opcode = 82
	RETURN_VALUE            Opcode = 83
	IMPORT_STAR             Opcode = 84
	SETUP_ANNOTATIONS       Opcode = 85
	YIELD_VALUE             Opcode = 86
	POP_BLOCK               Opcode = 87
	POP_EXCEPT              Opcode = 89
	STORE_NAME              Opcode = 90
	DELETE_NAME             Opcode = 91
	UNPACK_SEQUENCE         Opcode = 92
	FOR_ITER                Opcode = 93
	UNPACK_EX               Opcode = 94
	STORE_ATTR              Opcode = 95
	DELETE_ATTR             Opcode = 96
	STORE_GLOBAL            Opcode = 97
	DELETE_GLOBAL           Opcode = 98
	ROT_N                   Opcode = 99
	LOAD_CONST              Opcode = 100
	LOAD_NAME               Opcode = 101
	BUILD_TUPLE             Opcode = 102
	BUILD_LIST              Opcode = 103
	BUILD_SET               Opcode = 104
	BUILD_MAP               Opcode = 105
	LOAD_ATTR               Opcode = 106
	COMPARE_OP              Opcode = 107
	IMPORT_NAME             Opcode = 108
	IMPORT_FROM             Opcode = 109
	JUMP_FORWARD            Opcode = 110
	JUMP_IF_FALSE_OR_POP    Opcode = 111
	JUMP_IF_TRUE_OR_POP     Opcode = 112
	JUMP_ABSOLUTE           Opcode = 113
	POP_JUMP_IF_FALSE       Opcode = 114
	POP_JUMP_IF_TRUE        Opcode = 115
	LOAD_GLOBAL             Opcode = 116
	IS_OP                   Opcode = 117
	CONTAINS_OP             Opcode = 118
	RERAISE                 Opcode = 119
	JUMP_IF_NOT_EXC_MATCH   Opcode = 121
	SETUP_FINALLY           Opcode = 122
	LOAD_FAST               Opcode = 124
	STORE_FAST              Opcode = 125
	DELETE_FAST             Opcode = 126
	GEN_START               Opcode = 129
	RAISE_VARARGS           Opcode = 130
	CALL_FUNCTION           Opcode = 131
	MAKE_FUNCTION           Opcode = 132
	BUILD_SLICE             Opcode = 133
	LOAD_CLOSURE            Opcode = 135
	LOAD_DEREF              Opcode = 136
	STORE_DEREF             Opcode = 137
	DELETE_DEREF            Opcode = 138
	CALL_FUNCTION_KW        Opcode = 141
	CALL_FUNCTION_EX        Opcode = 142
	SETUP_WITH              Opcode = 143
	EXTENDED_ARG            Opcode = 144
	LIST_APPEND             Opcode = 145
	SET_ADD                 Opcode = 146
	MAP_ADD                 Opcode = 147
	LOAD_CLASSDEREF         Opcode = 148
	MATCH_CLASS             Opcode = 152
	SETUP_ASYNC_WITH        Opcode = 154
	FORMAT_VALUE            Opcode = 155
	BUILD_CONST_KEY_MAP     Opcode = 156
	BUILD_STRING            Opcode = 157
	LOAD_METHOD             Opcode = 160
	CALL_METHOD             Opcode = 161
	LIST_EXTEND             Opcode = 162
	SET_UPDATE              Opcode = 163
	DICT_MERGE              Opcode = 164
	DICT_UPDATE             Opcode = 165
)

// HaveArgument is CPython's HAVE_ARGUMENT: opcodes at or above it use their arg.
const HaveArgument = 90

// opinfo holds each opcode's name and the argument classes dis uses.
var opinfo = [256]opInfo{
	POP_TOP:                 {name: "POP_TOP", class: 0},
	ROT_TWO:                 {name: "ROT_TWO", class: 0},
	ROT_THREE:               {name: "ROT_THREE", class: 0},
	DUP_TOP:                 {name: "DUP_TOP", class: 0},
	DUP_TOP_TWO:             {name: "DUP_TOP_TWO", class: 0},
	ROT_FOUR:                {name: "ROT_FOUR", class: 0},
	NOP:                     {name: "NOP", class: 0},
	UNARY_POSITIVE:          {name: "UNARY_POSITIVE", class: 0},
	UNARY_NEGATIVE:          {name: "UNARY_NEGATIVE", class: 0},
	UNARY_NOT:               {name: "UNARY_NOT", class: 0},
	UNARY_INVERT:            {name: "UNARY_INVERT", class: 0},
	BINARY_MATRIX_MULTIPLY:  {name: "BINARY_MATRIX_MULTIPLY", class: 0},
	INPLACE_MATRIX_MULTIPLY: {name: "INPLACE_MATRIX_MULTIPLY", class: 0},
	BINARY_POWER:            {name: "BINARY_POWER", class: 0},
	BINARY_MULTIPLY:         {name: "BINARY_MULTIPLY", class: 0},
	BINARY_MODULO:           {name: "BINARY_MODULO", class: 0},
	BINARY_ADD:              {name: "BINARY_ADD", class: 0},
	BINARY_SUBTRACT:         {name: "BINARY_SUBTRACT", class: 0},
	BINARY_SUBSCR:           {name: "BINARY_SUBSCR", class: 0},
	BINARY_FLOOR_DIVIDE:     {name: "BINARY_FLOOR_DIVIDE", class: 0},
	BINARY_TRUE_DIVIDE:      {name: "BINARY_TRUE_DIVIDE", class: 0},
	INPLACE_FLOOR_DIVIDE:    {name: "INPLACE_FLOOR_DIVIDE", class: 0},
	INPLACE_TRUE_DIVIDE:     {name: "INPLACE_TRUE_DIVIDE", class: 0},
	GET_LEN:                 {name: "GET_LEN", class: 0},
	MATCH_MAPPING:           {name: "MATCH_MAPPING", class: 0},
	MATCH_SEQUENCE:          {name: "MATCH_SEQUENCE", class: 0},
	MATCH_KEYS:              {name: "MATCH_KEYS", class: 0},
	COPY_DICT_WITHOUT_KEYS:  {name: "COPY_DICT_WITHOUT_KEYS", class: 0},
	WITH_EXCEPT_START:       {name: "WITH_EXCEPT_START", class: 0},
	GET_AITER:               {name: "GET_AITER", class: 0},
	GET_ANEXT:               {name: "GET_ANEXT", class: 0},
	BEFORE_ASYNC_WITH:       {name: "BEFORE_ASYNC_WITH", class: 0},
	END_ASYNC_FOR:           {name: "END_ASYNC_FOR", class: 0},
	INPLACE_ADD:             {name: "INPLACE_ADD", class: 0},
	INPLACE_SUBTRACT:        {name: "INPLACE_SUBTRACT", class: 0},
	INPLACE_MULTIPLY:        {name: "INPLACE_MULTIPLY", class: 0},
	INPLACE_MODULO:          {name: "INPLACE_MODULO", class: 0},
	STORE_SUBSCR:            {name: "STORE_SUBSCR", class: 0},
	DELETE_SUBSCR:           {name: "DELETE_SUBSCR", class: 0},
	BINARY_LSHIFT:           {name: "BINARY_LSHIFT", class: 0},
	BINARY_RSHIFT:           {name: "BINARY_RSHIFT", class: 0},
	BINARY_AND:              {name: "BINARY_AND", class: 0},
	BINARY_XOR:              {name: "BINARY_XOR", class: 0},
	BINARY_OR:               {name: "BINARY_OR", class: 0},
	INPLACE_POWER:           {name: "INPLACE_POWER", class: 0},
	GET_ITER:                {name: "GET_ITER", class: 0},
	GET_YIELD_FROM_ITER:     {name: "GET_YIELD_FROM_ITER", class: 0},
	PRINT_EXPR:              {name: "PRINT_EXPR", class: 0},
	LOAD_BUILD_CLASS:        {name: "LOAD_BUILD_CLASS", class: 0},
	YIELD_FROM:              {name: "YIELD_FROM", class: 0},
	GET_AWAITABLE:           {name: "GET_AWAITABLE", class: 0},
	LOAD_ASSERTION_ERROR:    {name: "LOAD_ASSERTION_ERROR", class: 0},
	INPLACE_LSHIFT:          {name: "INPLACE_LSHIFT", class: 0},
	INPLACE_RSHIFT:          {name: "INPLACE_RSHIFT", class: 0},
	INPLACE_AND:             {name: "INPLACE_AND", class: 0},
	INPLACE_XOR:             {name: "INPLACE_XOR", class: 0},
	INPLACE_OR:              {name: "INPLACE_OR", class: 0},
	LIST_TO_TUPLE:           {name: "LIST_TO_TUPLE", class: 0},
	RETURN_VALUE:            {name: "RETURN_VALUE", class: 0},
	IMPORT_STAR:             {name: "IMPORT_STAR", class: 0},
	SETUP_ANNOTATIONS:       {name: "SETUP_ANNOTATIONS", class: 0},
	YIELD_VALUE:             {name: "YIELD_VALUE", class: 0},
	POP_BLOCK:               {name: "POP_BLOCK", class: 0},
	POP_EXCEPT:              {name: "POP_EXCEPT", class: 0},
	STORE_NAME:              {name: "STORE_NAME", class: ArgName},
	DELETE_NAME:             {name: "DELETE_NAME", class: ArgName},
	UNPACK_SEQUENCE:         {name: "UNPACK_SEQUENCE", class: 0},
	FOR_ITER:                {name: "FOR_ITER", class: ArgJrel},
	UNPACK_EX:               {name: "UNPACK_EX", class: 0},
	STORE_ATTR:              {name: "STORE_ATTR", class: ArgName},
	DELETE_ATTR:             {name: "DELETE_ATTR", class: ArgName},
	STORE_GLOBAL:            {name: "STORE_GLOBAL", class: ArgName},
	DELETE_GLOBAL:           {name: "DELETE_GLOBAL", class: ArgName},
	ROT_N:                   {name: "ROT_N", class: 0},
	LOAD_CONST:              {name: "LOAD_CONST", class: ArgConst},
	LOAD_NAME:               {name: "LOAD_NAME", class: ArgName},
	BUILD_TUPLE:             {name: "BUILD_TUPLE", class: 0},
	BUILD_LIST:              {name: "BUILD_LIST", class: 0},
	BUILD_SET:               {name: "BUILD_SET", class: 0},
	BUILD_MAP:               {name: "BUILD_MAP", class: 0},
	LOAD_ATTR:               {name: "LOAD_ATTR", class: ArgName},
	COMPARE_OP:              {name: "COMPARE_OP", class: ArgCompare},
	IMPORT_NAME:             {name: "IMPORT_NAME", class: ArgName},
	IMPORT_FROM:             {name: "IMPORT_FROM", class: ArgName},
	JUMP_FORWARD:            {name: "JUMP_FORWARD", class: ArgJrel},
	JUMP_IF_FALSE_OR_POP:    {name: "JUMP_IF_FALSE_OR_POP", class: ArgJabs},
	JUMP_IF_TRUE_OR_POP:     {name: "JUMP_IF_TRUE_OR_POP", class: ArgJabs},
	JUMP_ABSOLUTE:           {name: "JUMP_ABSOLUTE", class: ArgJabs},
	POP_JUMP_IF_FALSE:       {name: "POP_JUMP_IF_FALSE", class: ArgJabs},
	POP_JUMP_IF_TRUE:        {name: "POP_JUMP_IF_TRUE", class: ArgJabs},
	LOAD_GLOBAL:             {name: "LOAD_GLOBAL", class: ArgName},
	IS_OP:                   {name: "IS_OP", class: 0},
	CONTAINS_OP:             {name: "CONTAINS_OP", class: 0},
	RERAISE:                 {name: "RERAISE", class: 0},
	JUMP_IF_NOT_EXC_MATCH:   {name: "JUMP_IF_NOT_EXC_MATCH", class: ArgJabs},
	SETUP_FINALLY:           {name: "SETUP_FINALLY", class: ArgJrel},
	LOAD_FAST:               {name: "LOAD_FAST", class: ArgLocal},
	STORE_FAST:              {name: "STORE_FAST", class: ArgLocal},
	DELETE_FAST:             {name: "DELETE_FAST", class: ArgLocal},
	GEN_START:               {name: "GEN_START", class: 0},
	RAISE_VARARGS:           {name: "RAISE_VARARGS", class: 0},
	CALL_FUNCTION:           {name: "CALL_FUNCTION", class: 0},
	MAKE_FUNCTION:           {name: "MAKE_FUNCTION", class: 0},
	BUILD_SLICE:             {name: "BUILD_SLICE", class: 0},
	LOAD_CLOSURE:            {name: "LOAD_CLOSURE", class: ArgFree},
	LOAD_DEREF:              {name: "LOAD_DEREF", class: ArgFree},
	STORE_DEREF:             {name: "STORE_DEREF", class: ArgFree},
	DELETE_DEREF:            {name: "DELETE_DEREF", class: ArgFree},
	CALL_FUNCTION_KW:        {name: "CALL_FUNCTION_KW", class: 0},
	CALL_FUNCTION_EX:        {name: "CALL_FUNCTION_EX", class: 0},
	SETUP_WITH:              {name: "SETUP_WITH", class: ArgJrel},
	EXTENDED_ARG:            {name: "EXTENDED_ARG", class: 0},
	LIST_APPEND:             {name: "LIST_APPEND", class: 0},
	SET_ADD:                 {name: "SET_ADD", class: 0},
	MAP_ADD:                 {name: "MAP_ADD", class: 0},
	LOAD_CLASSDEREF:         {name: "LOAD_CLASSDEREF", class: ArgFree},
	MATCH_CLASS:             {name: "MATCH_CLASS", class: 0},
	SETUP_ASYNC_WITH:        {name: "SETUP_ASYNC_WITH", class: ArgJrel},
	FORMAT_VALUE:            {name: "FORMAT_VALUE", class: 0},
	BUILD_CONST_KEY_MAP:     {name: "BUILD_CONST_KEY_MAP", class: 0},
	BUILD_STRING:            {name: "BUILD_STRING", class: 0},
	LOAD_METHOD:             {name: "LOAD_METHOD", class: ArgName},
	CALL_METHOD:             {name: "CALL_METHOD", class: 0},
	LIST_EXTEND:             {name: "LIST_EXTEND", class: 0},
	SET_UPDATE:              {name: "SET_UPDATE", class: 0},
	DICT_MERGE:              {name: "DICT_MERGE", class: 0},
	DICT_UPDATE:             {name: "DICT_UPDATE", class: 0},
}
