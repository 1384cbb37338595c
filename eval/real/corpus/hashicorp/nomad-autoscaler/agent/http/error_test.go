


package http

import (
	"testing"

	"github.com/stretchr/testify/assert"
)



























