


package nomad

import (
	"errors"

	"github.com/hashicorp/go-multierror"
	"github.com/hashicorp/nomad-autoscaler/sdk/helper/ptr"
	"github.com/hashicorp/nomad/api"
)














































